"""A French military base in AFP copy: "base de X", "base aérienne d'al-X" name the base, not
the place X (normx.resolve.french_facility, the French section's ``lower_heads`` and
``head_adjectives``)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# an air base named after an oasis, and the oasis; hand-written for this test
BASE = Record("loc:ghardabiya-air-base", "LOC", "Ghardabiya Air Base", "قاعدة القرضابية الجوية")
TOWN = Record("loc:ghardabiya", "LOC", "Ghardabiya", "القرضابية")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_base_de_is_the_base() -> None:
    got = links([BASE, TOWN], "The jets landed at the base de Ghardabiya on Monday.")
    assert got == [("base de Ghardabiya", "loc:ghardabiya-air-base")]


def test_base_aerienne_with_the_article_is_the_base() -> None:
    text = "The jets landed at the base aérienne d'al-Ghardabiya, then flew on to Ghardabiya."
    got = links([BASE, TOWN], text)
    assert got == [("Ghardabiya", "loc:ghardabiya-air-base"), ("Ghardabiya", "loc:ghardabiya")]


def test_no_base_held_no_place_either() -> None:
    # the complement names the base, which this gazetteer lacks: the oasis is no link
    got = links([TOWN], "The jets landed at the base aérienne d'al-Ghardabiya on Monday.")
    assert ("Ghardabiya", "loc:ghardabiya") not in got
