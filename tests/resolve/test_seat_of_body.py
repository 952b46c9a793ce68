"""A place after "of" that closes the name of a body the gazetteers lack ("Court of Appeal of
Tripoli") is a word of that name, not a mention of the place; a known body, a title or a
place after a name with no body head keeps the place linked."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
    Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_the_seat_of_an_unknown_body_is_no_mention_of_the_place():
    text = "Two appeals reached the Court of Appeal of Tripoli on Sunday."
    assert _links(text) == []
    assert _links("The Municipal Council of Zawiya met on Monday.") == []


def test_a_place_after_of_without_a_body_head_stays_linked():
    assert _links("He is the Mayor of Tripoli, elected in 2019.") == [("Tripoli", "loc:tripoli")]
    assert _links("The Battle of Zawiya began in March.") == [("Zawiya", "loc:zawiya")]


def test_a_place_beside_the_unknown_body_outside_its_name_stays_linked():
    text = "The Court of Appeal in Tripoli received two appeals."
    assert ("Tripoli", "loc:tripoli") in _links(text)
