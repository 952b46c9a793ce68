"""ظ read dh as well as z (``arabic_readings`` in ``normx/text/data/letters.yaml``): English of
Iraq and the Gulf writes it as it writes ذ (Kadhim = كاظم, Abu Dhabi = أبو ظبي)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.phonetic import phonetic_key
from normx.text.romanize import readings


@pytest.mark.parametrize(
    ("arabic", "latin"),
    [
        ("كاظم", "Kadhim"),
        ("ناظم", "Nadhim"),
        ("ظبي", "Dhabi"),
        ("حافظ", "Hafidh"),
        ("ظافر", "Thafir"),
    ],
)
def test_a_dh_spelling_of_za_shares_a_key_with_one_reading(arabic, latin):
    keys = {phonetic_key(r) for r in readings(arabic)}
    assert phonetic_key(latin.lower()) in keys


def test_ta_and_dal_still_read_one_way():
    # only ظ gained a reading: ط stays t, د stays d
    assert readings("طارق") == ()
    assert readings("داود") == ()


@pytest.fixture(scope="module")
def arabic_only() -> Normalizer:
    return Normalizer.from_records(
        [
            Record("per:zawahiri", "PER", None, "أيمن محمد ربيع الظواهري"),
            Record("per:tahiri", "PER", None, "عزت عثمان سحر الطاهري"),
            Record("per:kazim", "PER", None, "كاظم جواد"),
            Record("per:qasim", "PER", None, "قاسم جواد"),
        ]
    )


@pytest.mark.parametrize(
    ("query", "gold"),
    [("Dhawahri Ayman", "per:zawahiri"), ("Kadhim Jawad", "per:kazim")],
)
def test_a_dh_spelling_finds_the_arabic_name(arabic_only, query, gold):
    best = arabic_only.match(query, top=1, min_score=0.0)
    assert [c.id for c in best] == [gold]


def test_a_dh_spelling_scores_as_the_z_spelling(arabic_only):
    (dh,) = arabic_only.match("Kadhim Jawad", top=1, min_score=0.0)
    (z,) = arabic_only.match("Kazim Jawad", top=1, min_score=0.0)
    assert dh.score >= z.score - 1e-9
    assert dh.score >= NO_MATCH_THRESHOLD
