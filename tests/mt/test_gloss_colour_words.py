"""Colour words of place names are in the gloss lexicon: MT translates الجبل الأخضر word by
word ("the Green Mountain"), and the gloss reaches the gazetteer's Arabic name; a colour word
alone names nothing."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:jebel-akhdar", "LOC", "Jebel Akhdar (Libya)", "الجبل الأخضر"),
    Record("loc:red-sea", "LOC", "Red Sea", "البحر الأحمر"),
    Record("loc:bayda", "LOC", "Bayda", "البيضاء"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_green_mountain_is_jebel_akhdar() -> None:
    text = "Aid reached Bayda and the villages of the Green Mountain region."
    assert ("Green Mountain", "loc:jebel-akhdar") in _links(text)


def test_a_colour_alone_names_no_place() -> None:
    assert _links("The Green movement marched in Bayda.") == [("Bayda", "loc:bayda")]
