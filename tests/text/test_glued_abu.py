"""The full spellings of Abu glued to a three-letter name are read apart as an alternative
(``glued_min_rest`` of ``abu`` in ``normx/text/data/particles.yaml``)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.normalize import analyse_name, core_tokens


def alts(text: str) -> set[str]:
    (token,) = core_tokens(analyse_name(text))
    return {a for a, _ in token.alts}


@pytest.mark.parametrize(
    ("glued", "rest"), [("Abouzid", "zid"), ("Abuzar", "zar"), ("Abukar", "kar")]
)
def test_a_full_abu_glued_to_a_three_letter_name_reads_apart(glued, rest):
    assert rest in alts(glued)


@pytest.mark.parametrize("word", ["Bulus", "Boulos", "Buddy", "Bueno", "Bulut"])
def test_the_short_bou_and_bu_keep_four_letters(word):
    assert alts(word) == set()


@given(
    st.sampled_from(["abou", "abu", "aboul", "abul"]),
    st.text("bdfklmnrstz", min_size=1, max_size=2),
)
def test_two_letters_after_abu_are_never_read_apart(prefix, rest):
    word = prefix + rest
    tokens = core_tokens(analyse_name(word.capitalize()))
    assert all(rest not in {a for a, _ in t.alts} for t in tokens)


def test_a_glued_abu_zayd_finds_its_person_over_a_namesake():
    records = [
        Record("per:dorda", "PER", "Abu Zayd Umar Dorda", None),
        Record("per:dridi", "PER", "Umar Hachicha Dridi", None),
        Record("per:zaid", "PER", "Zaid Omar Dardour", None),
    ]
    nz = Normalizer.from_records(records)
    best = nz.match("Abouzid Omar Dorda", top=1)
    assert [c.id for c in best] == ["per:dorda"]
    assert best[0].score >= NO_MATCH_THRESHOLD
