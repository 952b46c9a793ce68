"""Words for a person's or body's followers ("Supporters of Sanalla", "Loyalists of ...")
open no name: at the start of a sentence they are dropped from the span, so the name after
them is found; a gazetteer name that holds the word, written with capitals inside a
sentence, keeps it ("Supporters of Sharia")."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:mustafa-sanalla", "PER", "Mustafa Sanalla", "مصطفى صنع الله"),
    Record("org:ansar-al-sharia", "ORG", "Supporters of Sharia", "أنصار الشريعة"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_followers_at_a_sentence_start_open_no_name():
    text = "Dbeibah removed Mustafa Sanalla in July. Supporters of Sanalla accused him of a deal."
    assert _links(text) == [
        ("Mustafa Sanalla", "per:mustafa-sanalla"),
        ("Sanalla", "per:mustafa-sanalla"),
    ]


def test_a_name_that_holds_the_word_keeps_it_inside_a_sentence():
    text = "Witnesses said the Supporters of Sharia withdrew from the city."
    assert _links(text) == [("Supporters of Sharia", "org:ansar-al-sharia")]
