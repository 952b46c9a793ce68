"""Title-case lines: which lines they are, and which of their words are ordinary words."""

from normx.detect.headlines import lower_ordinary_words, ordinary_word, title_case_lines
from normx.detect.lexicon import lexicon
from normx.detect.tokens import lowercase_words, tokenize

BODY = "Clashes erupted on Monday, and the two men were meeting in the capital."


def _lines(text: str) -> list[str]:
    lower = lowercase_words(text)
    return [text[a:b] for a, b in title_case_lines(text, lexicon(), lower)]


def test_a_title_case_headline_is_found_and_a_sentence_is_not():
    text = "Dbeibah Meets Takala In Tripoli As Clashes Erupt\n\n" + BODY
    assert _lines(text) == ["Dbeibah Meets Takala In Tripoli As Clashes Erupt"]


def test_sentence_case_headlines_and_lines_of_names_are_left_alone():
    assert _lines("Dbeibah meets Takala in Tripoli as clashes erupt\n\n" + BODY) == []
    assert _lines("Khalifa Haftar Fathi Bashagha\n\n" + BODY) == []  # no ordinary word
    assert _lines("Haftar Meets\n\n" + BODY) == []  # too short to tell


def test_ordinary_words_include_inflections_the_document_writes():
    lower = lowercase_words(BODY)
    lex = lexicon()
    assert ordinary_word("meets", lex, lower)  # "meeting"
    assert ordinary_word("erupt", lex, lower)  # "erupted"
    assert not ordinary_word("clashes", lex, lower)  # only written capitalised, opening BODY
    assert ordinary_word("as", lex, lower)  # a function word
    assert not ordinary_word("takala", lex, lower)
    assert not ordinary_word("tripoli", lex, lower)


def test_only_ordinary_words_of_the_headline_lose_their_capitals():
    text = "Dbeibah Meets Takala In Tripoli\n\nThey were meeting. Meets nobody."
    toks = tokenize(text)
    lines = title_case_lines(text, lexicon(), lowercase_words(text))
    out = lower_ordinary_words(toks, lines, lexicon(), lowercase_words(text), keep={4})
    caps = {t.text: t.cap for t in out[:5]}
    assert caps == {"Dbeibah": True, "Meets": False, "Takala": True, "In": False, "Tripoli": True}
    assert out[-2].cap  # "Meets" outside the headline keeps its capital
    keep_all = lower_ordinary_words(toks, lines, lexicon(), lowercase_words(text), keep={1})
    assert keep_all[1].cap  # a kept token keeps it
