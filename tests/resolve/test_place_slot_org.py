"""A name after "the municipality of" is a place: a body it reaches by shared words is no link
(normx.resolve.place_slot_org)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:sabha-heart-center", "ORG", "Sabha Heart Center", "مركز سبها للقلب"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
]

_links = pairs_for(RECORDS)


def test_the_municipality_of_a_name_is_no_body() -> None:
    found = _links("The vote was held in the municipality of Sabha Heart on Saturday.")
    assert not any(i == "org:sabha-heart-center" for _, i in found)


def test_the_municipality_of_a_town_stays() -> None:
    found = _links("The vote was held in the municipality of Sabha on Saturday.")
    assert ("Sabha", "loc:sabha") in found


def test_the_body_outside_the_slot_stays() -> None:
    found = _links("Patients were sent to the Sabha Heart Center on Saturday.")
    assert ("Sabha Heart Center", "org:sabha-heart-center") in found
