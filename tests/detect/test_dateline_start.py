"""The first word after a dateline opens a sentence: "(AFP) - In Zouara" is the preposition
and the town, not the place word Ain of "Ain Zara"."""

from link_pairs import pairs_for

from normx.detect.dateline_start import dateline_sentences
from normx.detect.lexicon import lexicon
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:zuwara", "LOC", "Zouara", "زوارة"),
    Record("loc:ain-zara", "LOC", "Ain Zara", "عين زارة"),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
]

_links = pairs_for(RECORDS, linked_only=True)


def test_the_word_after_a_dateline_is_marked_as_opening_a_sentence():
    text = "ZOUARA, Libya (AFP) - In Zouara, voters chose a council."
    tokens = dateline_sentences(text, tokenize(text, lexicon().keep_words), lexicon().stopwords)
    opener = next(t for t in tokens if t.text == "In")
    assert opener.sent_start and not opener.joined


def test_in_after_a_dateline_is_no_part_of_the_town_s_name():
    text = "ZOUARA, Libya (AFP) - In Zouara, the port town near the border, voters chose."
    assert ("Zouara", "loc:zuwara") in _links(text)
    assert all(i != "loc:ain-zara" for _, i in _links(text))


def test_a_text_without_a_dateline_keeps_its_tokens():
    text = "In Zouara, voters chose a council."
    tokens = tokenize(text, lexicon().keep_words)
    assert dateline_sentences(text, tokens, lexicon().stopwords) is tokens


def test_a_name_after_a_dateline_is_not_marked():
    text = "Tripoli - Masoud left the city on Monday."
    tokens = dateline_sentences(text, tokenize(text, lexicon().keep_words), lexicon().stopwords)
    assert not next(t for t in tokens if t.text == "Masoud").sent_start
