"""A plural possessive inside a name ("Martyrs' Square", "Benghazi Revolutionaries' Shura
Council") keeps the name one span; a quote closing there, or a lower-case word after, does not."""

from normx.detect.lexicon import lexicon
from normx.detect.spans import find_spans
from normx.detect.tokens import lowercase_words, tokenize
from normx.detect.units import name_units


def _spans(text: str) -> list[str]:
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    spans = find_spans(tokens, name_units(tokens), lex, lowercase_words(text))
    return [text[tokens[s.first].start : tokens[s.last].end] for s in spans]


def test_a_plural_possessive_inside_a_name() -> None:
    assert "Martyrs' Square" in _spans("Thousands poured into Martyrs' Square on Thursday.")
    assert "Martyrs’ Square" in _spans("Thousands poured into Martyrs’ Square on Thursday.")


def test_a_singular_possessive_still_ends_the_name() -> None:
    assert "Haftar" in _spans("They said Haftar's Libyan National Army advanced.")


def test_a_closing_quote_is_no_possessive() -> None:
    found = _spans("They call it 'Martyrs' Square now, he said.")
    assert "Martyrs' Square" not in found


def test_a_lower_case_word_after_is_no_name() -> None:
    found = _spans("The Libyans' hopes rose on Thursday, Tripoli residents said.")
    assert all("hopes" not in s for s in found)
