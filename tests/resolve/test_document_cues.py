"""Session 22 (h-cpass22): the cached pass's shortcuts answer as the code they spare.

A document-level cue: a rule whose test reads a word around each segment is skipped for a
document whose text holds that word nowhere (site heads: ``sites_of``; forms of state:
``official_names_joined``). Each gate must only ever say "nothing here" where the rule's own
test would say "no" at every segment: whatever window the rule reads is a piece of the text,
so anything its pattern matches there is in the text too. Hypothesis checks that implication on
texts made of the cue words, words that hold them, names, blanks, commas and line breaks.
Then the readings made once or read more cheaply: core words per token range, the compiled
comparison without its wrapper, a tribe opener's pre-test, the honorific read backwards.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.detect.lexicon import lexicon
from normx.detect.tokens import tokenize
from normx.detect.units import name_units
from normx.resolve import official_country, site_of
from normx.resolve.linker import SpanLinker
from normx.text.normalize import analyse_name, core_tokens

_NAMES = ("Saadi", "Gadhafi's", "Mitiga", "Al-Sarir", "Libya", "Morocco", "Ghadamis")
_GLUE = (" ", " ", " ", "\t", "\n", ", ", ",", " and ", " of ", " the ", "of", "the", ".")


def _texts(words: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from((*words, *_NAMES, *_GLUE)), max_size=24).map("".join)


# -- site_of: a site head or kin ---------------------------------------------------------------
_SITE_WORDS = ("basin", "basins", "field", "fields", "oilfield", "pipeline", "line", "lines")
_SITE_WORDS += ("airfield", "Field", "baseline", "Lines", "production")


@settings(max_examples=400, deadline=None)
@given(_texts(_SITE_WORDS), st.data())
def test_site_head_needs_a_cue_in_the_text(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    if site_of._site_head(text, start, end) is not None:
        assert site_of._HEAD_CUE.search(text) is not None


def test_site_head_cue_hand_written() -> None:
    text = "output of the Sarir field rose"
    start = text.index("Sarir")
    assert site_of._site_head(text, start, start + 5) == "field"
    assert site_of._HEAD_CUE.search(text) is not None
    assert site_of._HEAD_CUE.search("output of Sarir rose") is None


# -- official_country: "of the <form of state> of" ----------------------------------------------
_FORM_WORDS = ("State", "Republic", "Kingdom", "Arab", "Hashemite", "United", "States", "state")


@settings(max_examples=400, deadline=None)
@given(_texts(_FORM_WORDS))
def test_official_form_needs_its_noun(text: str) -> None:
    if official_country._FORM.search(text) is not None:
        assert any(form in text for form in official_country._FORMS)
        assert official_country._FORM_OF.search(text) is not None


def test_official_form_hand_written() -> None:
    text = "the Embassy of the Kingdom of Morocco"
    assert official_country._FORM.search(text) is not None
    assert official_country._FORM_OF.search(text) is not None
    assert official_country._FORM_OF.search("the Islamic State said") is None


def test_official_form_cue_is_every_noun_of_the_form() -> None:
    # one list: a noun added to OFFICIAL_FORM is a cue too (the cue had copied the nouns)
    from normx.gazetteer.short_forms import OFFICIAL_FORM_NOUNS

    assert official_country._FORMS is OFFICIAL_FORM_NOUNS
    for noun in OFFICIAL_FORM_NOUNS:
        text = f"the Embassy of the Arab {noun} of Morocco"
        assert official_country._FORM.search(text) is not None
        assert official_country._FORM_OF.search(text) is not None


# -- SpanLinker.core_words: once per range -----------------------------------------------------
def test_core_words_per_range_are_the_surface_analysis() -> None:
    text = "Khalifa Haftar met Abdel Hamid Dbeibah in Tripoli; Haftar left."
    lex = lexicon()
    tokens = tokenize(text, lex.keep_words)
    asked: list[str] = []

    def analyse(name: str) -> tuple:
        asked.append(name)
        return core_tokens(analyse_name(name))

    linker = SpanLinker(text, tokens, name_units(tokens), lex, None, None, None, core_words=analyse)
    n = len(tokens)
    for first in range(n):
        for last in range(first, min(n, first + 4)):
            want = core_tokens(analyse_name(linker.surface(first, last)))
            assert linker.core_words(first, last) == want
            assert linker.core_words(first, last) is linker.core_words(first, last)
    assert len(asked) == sum(1 for f in range(n) for _ in range(f, min(n, f + 4)))  # once each
    # without an analyser the linker works the words out itself
    plain = SpanLinker(text, tokens, name_units(tokens), lex, None, None, None)
    assert plain.core_words(0, 1) == core_tokens(analyse_name(linker.surface(0, 1)))


# -- coref: the compiled comparison called directly --------------------------------------------
_WORDS = ("haftar", "hifter", "haftir", "akar", "aqar", "sarraj", "serraj", "koni", "kouni")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(_WORDS),
    st.lists(st.tuples(st.sampled_from(_WORDS), st.booleans()), max_size=6),
)
def test_direct_comparison_answers_as_the_wrapper(word: str, others: list) -> None:
    """spelled_alike and covers read the kernel's comparison without the wrapper; the answers
    are the wrapper's, and the same with the kernel turned off (the Python reference)."""
    from normx.match import similarity
    from normx.match.score import token_similarity
    from normx.resolve import coref

    q = coref.query_tokens([word])[0]
    pairs = tuple((coref.query_tokens([w])[0], cross) for w, cross in others)
    latin = [w for w, _ in pairs]
    alike = any(token_similarity(q, w, cross_script=False)[0] >= coref.WORD_MATCH for w in latin)
    covered = bool(pairs) and all(
        any(token_similarity(q, w, cross_script=c)[0] >= coref.WORD_MATCH for w, c in pairs)
        for _ in (q,)
    )
    assert coref.spelled_alike(q, latin) == alike
    assert coref.covers((q,), pairs) == covered
    kernel = similarity.KERNEL
    try:
        similarity.KERNEL = None
        assert coref.spelled_alike(q, latin) == alike
        assert coref.covers((q,), pairs) == covered
    finally:
        similarity.KERNEL = kernel


# -- peoples: a tribe opener before a segment ----------------------------------------------------
_OPENER_PIECES = ("sons", "of", "the", "OF", "The", "elders", "members", "tribes", "Zuwaya")
_OPENER_PIECES += (" ", "  ", "\t", "\n", "İ", "Σ", "é", "ſ", "\u212a", "of the", "Of")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPENER_PIECES), max_size=12).map("".join))
def test_opener_pre_test_never_drops_an_opener(window: str) -> None:
    from normx.gazetteer.peoples import tribe_openers
    from normx.resolve.peoples import _may_end_an_opener

    if " ".join(window.lower().split()).endswith(tribe_openers()):
        assert _may_end_an_opener(window)


def test_opener_pre_test_hand_written() -> None:
    from normx.resolve.peoples import _may_end_an_opener

    assert _may_end_an_opener("clashes with the sons of the ")
    assert _may_end_an_opener("the sons OF\t")
    assert not _may_end_an_opener("clashes in the town of Ubari and ")


# -- honorific: the word before a span, read backwards --------------------------------------------
# the word before a span with an optional period (the honorific's "Dr. Faisal"), and without
# it (normx.detect.tokens.word_before's other readers): one reader, read against the regexes
_WORD_PERIOD = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\.?[ \t]+$")
_WORD_PLAIN = re.compile(r"([^\W\d_]+)[ \t]+$")
_HONORIFIC_PIECES = ("Dr", "dr", "spokesman", "Col", "x1", "_", "²", "é", "Mr.", "Ms", ".", ",")
_HONORIFIC_PIECES += (" ", " ", "\t", "\n", "\n\n", "Faisal", "said", "9", "ab-cd", "’", "..")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_HONORIFIC_PIECES), max_size=14).map("".join), st.data())
def test_word_before_is_the_regex(text: str, data: st.DataObject) -> None:
    from normx.detect.tokens import word_before

    start = data.draw(st.integers(0, len(text)))
    window = data.draw(st.sampled_from((8, 16, 40)))
    low = max(0, start - window)
    found = _WORD_PERIOD.search(text[low:start])
    assert word_before(text, start, window, period=True) == (found.group(1) if found else None)
    found = _WORD_PLAIN.search(text, low, start)
    assert word_before(text, start, window) == (found.group(1) if found else None)


def test_honorific_reader_hand_written() -> None:
    from normx.detect.tokens import word_before

    text = "said Dr. Faisal and spokesman\nFathi"
    assert word_before(text, text.index("Faisal"), 16, period=True) == "Dr"
    assert word_before(text, text.index("Faisal"), 16) is None  # the period ends no word
    assert word_before("x spokesman \nFathi", len("x spokesman \n"), 16, period=True) == "spokesman"
    assert word_before("x 1990 Fathi", len("x 1990 "), 16, period=True) is None


def test_an_abbreviated_honorific_reads_the_name_as_a_person() -> None:
    from normx.api import Normalizer
    from normx.gazetteer.schema import Record

    nz = Normalizer.from_records([Record("loc:faisal", "LOC", "Faisal", None)])
    found = {m.text: m.id for m in nz.canonicalize("The clinic of Dr. Faisal reopened.").mentions}
    assert found.get("Faisal") is None  # "Dr." before it: a person, not the place
