"""The ta marbuta of a noun heading a place or body name is said t before the next word
(``construct_heads`` in ``normx/text/data/generic_words.yaml``): Zawyet Bishara is زاوية بشارة."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.normalize import analyse_name, core_tokens


def forms(text: str) -> list[set[str]]:
    return [{t.form, *(a for a, _ in t.alts)} for t in core_tokens(analyse_name(text))]


@pytest.mark.parametrize(
    ("arabic", "said"),
    [("زاوية بشارة", "zauit"), ("زاويه المنستير", "zauit"), ("منطقة الحشان", "mntqt")],
)
def test_a_listed_head_before_another_word_reads_its_t(arabic, said):
    assert said in forms(arabic)[0]


def test_the_head_said_alone_keeps_its_a():
    assert forms("زاوية") == [{"zauia"}]


def test_a_persons_name_in_ta_marbuta_is_no_construct_head():
    # حمودة العالي is Hamuda al-Ali: a "hmudt" reading would pair with Hamid
    assert not any(f.endswith("t") for f in forms("حمودة العالي")[0])


def test_zawyet_finds_the_zawiya_over_the_bare_name():
    records = [
        Record("loc:zawiya", "LOC", None, "زاوية بشارة"),
        Record("loc:bishara", "LOC", None, "بشارة"),
    ]
    best = Normalizer.from_records(records).match("Zawyet Bichara", top=1)
    assert [c.id for c in best] == ["loc:zawiya"]
    assert best[0].score >= NO_MATCH_THRESHOLD
