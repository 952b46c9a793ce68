"""A bare name that spells a qualified state's name and a "<name> City": the city."""

from link_pairs import pairs as _links

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:nyc", "LOC", "New York City", "مدينة نيويورك"),
    Record("loc:ny-state", "LOC", "New York (state)", "ولاية نيويورك"),
    Record("org:africa-corps", "ORG", "Africa Corps (Russia)", "الفيلق الأفريقي"),
]


def test_the_bare_name_is_the_city() -> None:
    found = _links(RECORDS, "The envoy flew to New York on Monday to brief the council.")
    assert ("New York", "loc:nyc") in found


def test_without_the_city_the_qualified_name_stands() -> None:
    found = _links(RECORDS[1:], "The envoy flew to New York on Monday to brief the council.")
    assert ("New York", "loc:ny-state") in found


def test_a_qualified_body_is_untouched() -> None:
    found = _links(RECORDS, "Fighters of the Africa Corps arrived in the south.")
    assert ("Africa Corps", "org:africa-corps") in found
