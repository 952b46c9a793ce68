"""The compiled word loop of the tokeniser gives exactly the Python reference's tokens.

``tokenize`` runs ``normx._kernels.tokenize_words`` when the kernel is built;
``_tokenize_python`` is the reference it mirrors. Hypothesis writes texts out of the pieces
the loop branches on (capitals, accented capitals after an elision, apostrophes of every kind,
hyphens, blanks, line breaks, sentence ends, quotes and brackets, digits, Arabic letters,
keep-list words: heads, particles, hyphen particles, bridges), and every token field must
agree, with the shipped keep lists, with a small hand-written one, and with none.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.detect import tokens as tk
from normx.detect.lexicon import lexicon
from normx.detect.tokens import KeepWords, Token, _tokenize_python, tokenize

needs_kernel = pytest.mark.skipif(tk._C_TOKENIZE is None, reason="normx._kernels not built")

_WORDS = (  # noqa: SIM905 (a list literal would take a line per word)
    "Tripoli Haftar Al al ash bin of the and de des government ministry council reconciliation "
    "members said Martyrs Square Workers UN 5 2011 Éric Émirats ç ǅ ليبيا qu jusqu l d s squ "
    "Oussama ONU x1 Mu ammar Jufra É"
).split()
_GAPS = [
    *" \t\u00a0\n-–—_'’‘`ʿ´s.!?…:;,\"“«([{*•)/+",
    *("  ", " - ", "'s", "’s", "s'", ". "),
]
_PIECES = _WORDS + _GAPS + [" "] * 4
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_ANY_TEXT = st.text(
    alphabet="aAsSlqudÉé 'ʿ’-–\n.\t\u00a0\"“(Ǆǅ5_\u0644",
    max_size=30,
)


def _fields(tokens: list[Token]) -> list[tuple[object, ...]]:
    return [tuple(t) for t in tokens]


def _hand_keep() -> KeepWords:
    return KeepWords(
        heads=frozenset({"government", "council", "ministry"}),
        particles=frozenset({"al", "bin"}),
        hyphen_particles=frozenset({"ash", "as"}),
        bridges=frozenset({"of", "the", "and", "de", "des", "al"}),
    )


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_kernel_matches_reference_on_pieces(text: str) -> None:
    for keep in (lexicon().keep_words, _hand_keep(), None):
        assert _fields(tokenize(text, keep)) == _fields(_tokenize_python(text, keep))


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(_ANY_TEXT)
def test_kernel_matches_reference_on_any_characters(text: str) -> None:
    for keep in (lexicon().keep_words, _hand_keep(), None):
        assert _fields(tokenize(text, keep)) == _fields(_tokenize_python(text, keep))


@needs_kernel
def test_kernel_tokens_are_tokens() -> None:
    text = (
        "The reconciliation government met qu'Oussama in the Martyrs' Square, the Council of State."
    )
    got = tokenize(text, lexicon().keep_words)
    assert all(type(t) is Token for t in got)
    assert [t.text for t in got] == [
        "The", "reconciliation", "government", "Oussama", "Martyrs", "Square", "Council", "of",
        "State",
    ]  # fmt: skip
    assert got[1].joined and got[2].joined  # the modifier kept before its head
    assert not got[3].joined  # "qu'" elided: a word of its own, skipped
    assert got[5].joined  # the plural possessive joins "Martyrs' Square"
    assert got[7].joined and got[8].joined  # a bridge after a capital
    assert _fields(got) == _fields(_tokenize_python(text, lexicon().keep_words))


def test_reference_runs_without_the_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tk, "_C_TOKENIZE", None)
    text = "Fayez al-Sarraj's government"
    got = tokenize(text, lexicon().keep_words)
    assert [t.text for t in got] == ["Fayez", "al", "Sarraj", "government"]
    assert got[2].possessive and got[2].end == text.index("'s")


def test_python_guard_uses_the_kernels_set_limit() -> None:
    # tokens.py falls back to the Python loop when a character set outgrows the kernel's
    # fixed array: both sides must name the same limit
    source = (Path(tk.__file__).parent.parent / "_kernels.c").read_text(encoding="utf-8")
    limit = re.search(r"#define TK_SET_MAX (\d+)", source)
    assert limit is not None
    assert int(limit.group(1)) == tk._C_SET_MAX
