"""The words "Society" and "Association" are body head nouns: a known body's name followed
by one is that body said with its head ("Libyan Red Crescent Society"), not the first words of
an unknown name. The gazetteer holds the canonical name only, without "Society"."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lrc", "ORG", "Libyan Red Crescent", "الهلال الأحمر الليبي"),
    Record("loc:derna", "LOC", "Derna", "درنة"),
]


_links = pairs_for(RECORDS)


def test_a_known_body_with_the_head_society_is_that_body():
    found = _links("The spokesman of the Libyan Red Crescent Society said teams reached Derna.")
    assert [link for _, link in found] == ["org:lrc", "loc:derna"]


def test_a_place_with_the_head_association_opens_an_unknown_body():
    found = _links("The Derna Lawyers Association protested.")
    assert all(link != "loc:derna" for _, link in found)
