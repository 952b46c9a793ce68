"""Counts that open a story ("Tens of thousands") and the virus MT calls "Corona" are no names."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
    Record("loc:shahhat", "LOC", "Shahhat", "شحات", aliases_en=("Kyrene",)),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS)


def test_tens_of_thousands_is_no_name() -> None:
    found = _links("TRIPOLI (AFP) - Tens of thousands of teachers went on strike, as in Tunisie.")
    assert all(t != "Tens" for t, _ in found)


def test_corona_is_no_place() -> None:
    found = _links("The campaign of vaccination against Corona opened in Tripoli.")
    assert ("Tripoli", "loc:tripoli") in found
    assert all(t != "Corona" for t, _ in found)
