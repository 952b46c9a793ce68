"""A lone word inside a short quoted name of more words ("La Belle" discotheque, the manoeuvre
"Hasm 2020") is a word of that name: its loose likeness to a village's name is no mention. A
name spelled out in such quotes, and the same word outside quotes, are judged as before."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:baala", "LOC", None, "بعلة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_a_loose_word_of_a_quoted_name_is_no_mention():
    assert _links('He bombed the "La Belle" discotheque in 1986.') == []


def test_the_same_word_outside_quotes_still_links():
    assert _links("He said no and Belle went home.") == [("Belle", "loc:baala")]
    assert _links('He said "no" and Belle went "home".') == [("Belle", "loc:baala")]


def test_an_exact_name_in_quotes_still_links():
    assert _links('The "Tripoli 2020" fair opened.') == [("Tripoli", "loc:tripoli")]
