"""A given name right before an "al-" family name is one unknown man, not two places
(normx.resolve.given_name_pair)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

VILLAGE = Record("loc:khalid", "LOC", "Khalid", "خالد")  # a village named as the man is
LOOKALIKE = Record("loc:magharibah", "LOC", "Al Magharibah", "المغاربة")
# persons the gazetteer gives the name Khalid: the word is a given name
PERSONS = [
    Record("per:mishri", "PER", "Khalid Al-Mishri", "خالد المشري"),
    Record("per:sharif", "PER", "Khalid Al-Sharif", "خالد الشريف"),
]
TEXT = (
    "The president of the club, Khalid Al-Mgharbi, said that the stadium belongs to all. "
    "Al-Mgharbi added that the league will resume on Friday."
)


def links(records: list[Record], text: str = TEXT) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_the_man_is_no_pair_of_places() -> None:
    assert links([VILLAGE, LOOKALIKE, *PERSONS]) == []


def test_without_persons_of_that_name_the_data_knows_the_given_name() -> None:
    # Khalid is in normx/resolve/data/given_names.yaml (a word no list holds and no person
    # bears keeps its place: test_given_names_data.py)
    assert links([VILLAGE, LOOKALIKE]) == []


def test_a_place_after_the_word_spelled_exactly_keeps_its_link() -> None:
    text = "The convoy left Khalid Al-Magharibah on Friday."
    got = links([VILLAGE, LOOKALIKE, *PERSONS], text)
    assert any(i == "loc:magharibah" for _, i in got)
