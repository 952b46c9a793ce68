"""A generic head with its "of" complement ("Ministry of Interior") may name one body, although
each of its words alone reads as context ("Interior Minister"); a loose spelling of those
generic words is no evidence for another country's ministry."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:moi", "ORG", "Ministry of Interior (Libya)", "وزارة الداخلية"),
    Record("org:mod-uk", "ORG", "Ministry of Defence (United Kingdom)", "وزارة الدفاع البريطانية"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_a_ministry_of_its_portfolio_links_by_its_arabic_name() -> None:
    found = _links("The Ministry of Interior said it deployed two thousand policemen.")
    assert found == [("Ministry of Interior", "org:moi")]


def test_the_interior_with_its_article_links_too() -> None:
    found = _links("The Ministry of the Interior said it deployed two thousand policemen.")
    assert found == [("Ministry of the Interior", "org:moi")]


def test_a_head_and_an_unknown_complement_link_nothing() -> None:
    assert _links("The Ministry of Wind said it would build turbines.") == []


def test_a_loose_spelling_of_another_country_s_ministry_is_no_evidence() -> None:
    assert _links("The Ministry of Defense said its forces were ready.") == []
