"""A facility's head before "of" ("the stadium of", French "le stade international de")
names a facility of that kind: the words after it are no airport's own word
(normx/resolve/core_name.py, other_head_before; articles-v39)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tia", "LOC", "Tripoli International Airport", "مطار طرابلس الدولي"),
    Record("loc:mitiga", "LOC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_stadium_of_a_town_is_no_airport() -> None:
    found = _links("Fans packed the stade international de Tripoli on Saturday.")
    assert ("Tripoli", "loc:tia") not in found


def test_the_airports_own_head_keeps_it() -> None:
    found = _links("Flights resumed at the airport of Mitiga on Saturday.")
    assert ("Mitiga", "loc:mitiga") in found
