"""A lower-case phrase that glosses a body's Arabic name all but a proper name in it
("municipal council" of المجلس البلدي مصراتة, which leaves out the town) names the kind of
body; one that leaves out an ordinary word ("reconciliation government" without الوطني) still
names the body."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.resolve.phrase_proper import is_ordinary

RECORDS = [
    Record("org:mmc", "ORG", None, "المجلس البلدي مصراتة"),
    Record("org:gna", "ORG", None, "حكومة الوفاق الوطني"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_a_phrase_leaving_out_the_town_of_a_council_names_the_kind():
    text = "The spokesman of the municipal council of Al-Abyar said the council met on Monday."
    assert _links(text) == []


def test_a_phrase_leaving_out_an_ordinary_word_still_names_the_body():
    assert _links("Mercenaries fight alongside the reconciliation government.") == [
        ("reconciliation government", "org:gna")
    ]


def test_ordinary_words_are_the_gloss_lexicon_s_with_or_without_a_clitic():
    assert is_ordinary("وطني")
    assert is_ordinary("للانتخابات")  # ل + الانتخابات
    assert not is_ordinary("مصراته")
    assert is_ordinary("5+5")  # numbers are kind_phrase's business
