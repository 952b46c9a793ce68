"""Words of media and heritage bodies' Arabic names in the gloss lexicon: MT renders المركز
الليبي لحرية الصحافة as "Center for Freedom of the Press" (freedom: حرية) and السراي الحمراء as
"the Red Saraya" (red: الحمراء; saraya: the Ottoman سراي, left in Latin), and the gloss reaches
the gazetteer's Arabic name; an ordinary phrase with the words names nothing."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:northland-media-watch", "ORG", "Northland Media Watch", "المركز الشمالي لحرية الصحافة"
    ),
    Record("loc:northtown-citadel", "LOC", "Northtown Citadel", "السراي الحمراء"),
    Record("loc:northtown", "LOC", "Northtown", "نورثتاون"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_center_for_freedom_of_the_press() -> None:
    text = "The Center for Freedom of the Press condemned the arrests in Northtown."
    assert ("Center for Freedom of the Press", "org:northland-media-watch") in _links(text)


def test_the_red_saraya() -> None:
    text = "Visitors returned to the Red Saraya in Northtown on Thursday."
    assert ("Red Saraya", "loc:northtown-citadel") in _links(text)


def test_ordinary_words_name_nothing() -> None:
    text = "Freedom of the press is red-lined in Northtown."
    assert _links(text) == [("Northtown", "loc:northtown")]
