"""A body known by a numeric label ("5+5") is linked where the label stands alone
(normx.resolve.number_label)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a commission named by its make-up; hand-written for this test
PANEL = Record(
    "org:3-plus-3-border-commission",
    "ORG",
    "3+3 Border Commission",
    "لجنة الحدود 3+3",
)
TOWN = Record("loc:northport", "LOC", "Northport")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([PANEL, TOWN]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_bracketed_label_is_the_body() -> None:
    got = links("The Border Commission (3+3) met in Northport on Monday.")
    assert ("3+3", "org:3-plus-3-border-commission") in got


def test_a_label_no_name_holds_stays_text() -> None:
    got = links("A 2+1 formula was discussed in Northport on Monday.")
    assert got == [("Northport", "loc:northport")]


def test_the_label_opening_the_name_is_not_a_second_mention() -> None:
    got = links("The 3+3 Border Commission met in Northport on Monday.")
    assert [t for t, _ in got].count("3+3") == 0
