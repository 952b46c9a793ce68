"""A generic head after an unknown body names that body: it takes no look-alike's link."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:ncdc", "ORG", "National Centre for Disease Control", "المركز الوطني لمكافحة الأمراض"
    ),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_centre_of_an_unknown_body_stays_unlinked() -> None:
    found = _links(
        "The results were published on the website of the National Center for the "
        "Examinations in Tripoli. The director of the Center denied the leak."
    )
    assert ("Tripoli", "loc:tripoli") in found
    assert all(i != "org:ncdc" for _, i in found)


def test_the_centre_of_a_known_body_links() -> None:
    found = _links(
        "The National Centre for Disease Control received the doses in Tripoli. "
        "The Centre said the doses were stored."
    )
    assert ("Centre", "org:ncdc") in found
