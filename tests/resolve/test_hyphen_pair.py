"""Two places joined by a hyphen ("Dhehiba-Ouazen", a border crossing) are two mentions when
each word alone links cleanly to a place, even when neither is spelled as the gazetteer has
it; a pair with a side that is no place stays one unknown name."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:dehiba", "LOC", "Dehiba", "الذهيبة"),
    Record("loc:wazin", "LOC", "Wazin", "وازن"),
    Record("per:ahmed-omar", "PER", "Ahmed Omar", "أحمد عمر"),
]


_links = pairs_for(RECORDS)


def test_two_closely_spelled_places_joined_by_a_hyphen_are_two_mentions():
    text = "Traffic went to the smaller crossing of Dhehiba-Ouazen, further south."
    assert _links(text) == [("Dhehiba", "loc:dehiba"), ("Ouazen", "loc:wazin")]


def test_a_side_that_is_no_place_keeps_the_pair_one_unknown_name():
    text = "Traffic went to the smaller crossing of Dhehiba-Qoraibat, further south."
    assert _links(text) == [("Dhehiba-Qoraibat", None)]
