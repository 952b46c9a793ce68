"""The article written apart before its letter ("Dar es Salaam", "Ras ez Zawiya") keeps the
name in one span: "es" is no English word, and before an s-word it is al- assimilated."""

from normx.api import Normalizer
from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import lowercase_words, tokenize
from normx.detect.units import ARTICLE, name_units
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:dar-es-salaam", "LOC", "Dar es Salaam", "دار السلام"),
    Record("per:salim", "PER", "Ibrahim Saeed Salim", "إبراهيم سعيد سالم"),
]


def _spans(text: str) -> list[str]:
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    spans = find_spans(tokens, name_units(tokens), lex, lowercase_words(text))
    return [text[tokens[s.first].start : tokens[s.last].end] for s in spans]


def test_the_article_apart_joins_the_name() -> None:
    assert "Dar es Salaam" in _spans("The embassy in Dar es Salaam was bombed.")


def test_before_another_letter_it_is_no_article() -> None:
    text = "Omar es Mukhtar"
    tokens = tokenize(text, lexicon().keep_words)
    units = name_units(tokens)
    assert all(u.kind != ARTICLE for u in units)
    assert "Omar es Mukhtar" not in _spans(text)


def test_english_words_stay_out() -> None:
    # "as" is an English word: it is not kept between names, even before an s-word
    assert "Haftar as Sirte" not in _spans("He described Haftar as Sirte's protector.")


def test_the_name_links_whole() -> None:
    text = "He is accused of the bombing of the embassies in Nairobi and Dar es Salaam in 1998."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    found = [(m.text, m.id) for m in doc.mentions]
    assert ("Dar es Salaam", "loc:dar-es-salaam") in found
    assert all(i != "per:salim" for _, i in found)
