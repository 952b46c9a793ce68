"""'The Undersecretary of the Ministry of Health' names the ministry the official serves."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:moh", "ORG", "Ministry of Health (Libya)", "وزارة الصحة"),
    Record("org:audit", "ORG", "Audit Bureau", "ديوان المحاسبة"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_ministry_of_an_undersecretary() -> None:
    found = _links(
        "The Undersecretary of the Ministry of Health for the affairs of the hospitals "
        "revealed that the Audit Bureau requested the contracts."
    )
    assert ("Ministry of Health", "org:moh") in found
    assert ("Audit Bureau", "org:audit") in found


def test_a_director_of_the_ministry() -> None:
    assert _links("The Director of the Ministry of Health said so.") == [
        ("Ministry of Health", "org:moh")
    ]


def test_the_minister_of_a_portfolio_names_no_ministry() -> None:
    assert _links("The Minister of Health said so.") == []
