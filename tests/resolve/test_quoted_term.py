"""A word quoted by itself ("Yennayer", a feast) is no mention of a village it only resembles
(Inir); a place named bare, spelled out in quotes, or quoted by a word of its name ("the field
of the "Elephant"") still links."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.quoted_term import quoted_alone, quoted_lookalike

RECORDS = [
    Record("loc:inir", "LOC", "Inir", "اينر"),
    Record("loc:nalut", "LOC", "Nalut", "نالوت"),
    Record("loc:feel", "LOC", "El Feel Oil Field", "حقل الفيل", aliases_en=("Elephant oil field",)),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_quoted_alone() -> None:
    text = 'the feast of "Yennayer" and “Nalut” and "La Belle" and Nalut'
    w = text.index("Yennayer")
    assert quoted_alone(text, w, w + len("Yennayer"))
    n = text.index("Nalut")
    assert quoted_alone(text, n, n + len("Nalut"))
    b = text.index("Belle")
    assert not quoted_alone(text, b, b + len("Belle"))
    last = text.rindex("Nalut")
    assert not quoted_alone(text, last, last + len("Nalut"))
    fuzzy = Candidate("loc:inir", "Inir", "LOC", 0.83, "Inir", "fuzzy")
    exact = Candidate("loc:inir", "Inir", "LOC", 1.0, "Inir", "exact")
    assert quoted_lookalike(text, w, w + len("Yennayer"), fuzzy)
    assert not quoted_lookalike(text, w, w + len("Yennayer"), exact)


def test_a_quoted_feast_is_no_village(nz: Normalizer) -> None:
    found = _links(nz, 'Crowds in Nalut celebrated "Yennayer" on Friday night.')
    assert found == [("Nalut", "loc:nalut")]


def test_a_place_spelled_out_in_quotes_stays(nz: Normalizer) -> None:
    assert _links(nz, 'The convoy reached "Nalut" on Friday night.') == [("Nalut", "loc:nalut")]


def test_a_quoted_word_of_the_name_stays(nz: Normalizer) -> None:
    found = _links(nz, 'Guards closed the field of the "Elephant", south of Ubari.')
    assert found == [("Elephant", "loc:feel")]
