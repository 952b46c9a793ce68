"""A place after "de" that closes a French body's name is a word of that name, and the same
word alone later is the place (normx.resolve.french_seat)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TOWN = Record("loc:northport", "LOC", "Northport")
COURT = Record(
    "org:icc", "ORG", "International Criminal Court", aliases_en=("Cour pénale internationale",)
)


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_french_court_named_for_its_seat_is_one_unknown_name():
    text = (
        "The court of the Cour d'assises de Northport sentenced him on Tuesday. "
        "The Cour pénale internationale asked for him. Northport is calm."
    )
    got = links([TOWN, COURT], text)
    assert [i for t, i in got if "assises" in t] == [None]
    assert ("Cour", "org:icc") not in got
    assert got.count(("Northport", "loc:northport")) == 1  # only the town alone, later


def test_a_place_after_of_in_english_prose_is_still_the_place():
    got = links([TOWN], "They met in the city of Northport on Monday.")
    assert got == [("Northport", "loc:northport")]
