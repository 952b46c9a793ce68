"""The word "Syndicate" (نقابة, a trade union in MT) is a body head noun: a place after "of"
that closes a syndicate's name the gazetteers lack is a word of that name ("Syndicate of
Fishermen of Sfax"), not a mention of the place (:func:`normx.resolve.fused_names.seat_of_body`)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:sfax", "LOC", "Sfax", "صفاقس"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_syndicate_closed_by_its_seat_names_no_place() -> None:
    assert _links("The Syndicate of Fishermen of Sfax said three boats were seized.") == []
    text = "The General Syndicate of the Doctors of Libya announced its solidarity."
    assert _links(text) == []


def test_the_place_a_syndicate_sits_in_stays_linked() -> None:
    text = "The Syndicate of Fishermen met in Sfax on Monday."
    assert _links(text) == [("Sfax", "loc:sfax")]
