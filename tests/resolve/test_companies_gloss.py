"""سرايا (military companies, singular سرية) is rendered "Companies" or "Brigades" by machine
translation: a body named "... Defence Companies" in the text is the gazetteer's سرايا body,
not the place its name opens with."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("org:bdb", "ORG", "Benghazi Defense Brigades", "سرايا الدفاع عن بنغازي"),
]


_links = pairs_for(RECORDS)


def test_companies_glosses_saraya():
    text = "In 2017 the Benghazi Defence Companies attacked the oil ports."
    assert _links(text) == [("Benghazi Defence Companies", "org:bdb")]


def test_the_place_alone_stays_the_place():
    assert _links("Fighting resumed in Benghazi on Monday.") == [("Benghazi", "loc:benghazi")]
