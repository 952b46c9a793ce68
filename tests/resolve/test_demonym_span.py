"""A demonym linked by likeness to its place names a people, and nothing links it
(:mod:`normx.resolve.demonym_span`)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.demonym_span import demonym_of, names_a_people

KOREA = Record("loc:south-korea", "LOC", "South Korea", "كوريا الجنوبية")
BANGLADESH = Record("loc:bangladesh", "LOC", "Bangladesh", "بنغلاديش")
MISRATA = Record("loc:misrata", "LOC", "Misrata", "مصراتة")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")


@pytest.mark.parametrize(
    ("word", "place"),
    [("korean", "korea"), ("bangladeshis", "bangladesh"), ("egyptians", "egypt")],
)
def test_adjectives_and_plural_peoples(word: str, place: str) -> None:
    assert demonym_of(word, {place})


@pytest.mark.parametrize(
    ("word", "place"),
    [("misrati", "misrata"), ("bangladeshi", "bangladesh"), ("korea", "korea")],
)
def test_a_singular_nisba_or_the_name_itself_is_no_people(word: str, place: str) -> None:
    assert not demonym_of(word, {place})  # "Al-Misrati" may be a family name


def _loc(name: str, method: str) -> Candidate:
    return Candidate("loc:x", name, "LOC", 0.9, name, method, {})


def test_the_span_must_be_the_place_s_words_with_the_last_made_a_demonym() -> None:
    assert names_a_people("South Korean", _loc("South Korea", "fuzzy"))
    assert names_a_people("Bangladeshis", _loc("Bangladesh", "phonetic"))
    assert not names_a_people("North Korean", _loc("South Korea", "fuzzy"))
    assert not names_a_people("South Korean", _loc("South Korea", "exact"))


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([KOREA, BANGLADESH, MISRATA, TRIPOLI])


def test_demonyms_are_no_mentions(nz: Normalizer) -> None:
    text = (
        "The South Korean company returned to Tripoli. Bangladeshis are now among the most "
        "common nationalities intercepted at sea, officials in South Korea said."
    )
    links = {m.text: m.id for m in nz.canonicalize(text).mentions}
    assert "South Korean" not in links and "Bangladeshis" not in links
    assert links.get("South Korea") == "loc:south-korea"
    assert links.get("Tripoli") == "loc:tripoli"
