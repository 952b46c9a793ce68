"""The sparse tokeniser (regex-skipped words) gives exactly the tokens of the word-by-word one.

The reference below is the word-by-word loop tokenize() used before the regex engine skipped
the lower-case words no keep-list holds; both must agree on every text, including the cases
the skipping has to get right: elisions (qu'Oussama, l'ONU), apostrophes inside words,
possessives, hyphen-joined particles, the modifier before a head noun ("reconciliation
government"), bridges after capitalised words, digits, other scripts and underscores.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.detect.lexicon import lexicon
from normx.detect.tokens import (
    _WORD_RE,
    HYPHENS,
    KeepWords,
    Token,
    _adjacent,
    _fold,
    _is_capitalised,
    _sentence_start,
    tokenize,
)
from normx.text.latin import APOSTROPHES

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def reference_tokenize(text: str, keep: KeepWords) -> list[Token]:
    """Every word visited in Python, as tokenize() did before the sparse scan."""
    tokens: list[Token] = []
    any_keep = keep.heads | keep.particles | keep.hyphen_particles | keep.bridges
    prev_end, prev_kept, prev_start = -1, False, -1
    space = " \t\u00a0"
    skip_back = space + "\"'“‘«([{*-–—•"
    n = len(text)
    for m in _WORD_RE.finditer(text):
        word = m.group()
        first = word[0]
        start, end = m.span()
        if not first.isupper() and not first.isdigit():
            if word not in any_keep:
                prev_start, prev_end, prev_kept = start, end, False
                continue
            adjacent = _adjacent(text, prev_end, start, space)
            is_head = word in keep.heads
            wanted = (
                is_head
                or word in keep.particles
                or (end < n and text[end] in HYPHENS and word in keep.hyphen_particles)
                or (
                    word in keep.bridges
                    and prev_kept
                    and adjacent
                    and (tokens[-1].cap or tokens[-1].form in keep.bridges)
                )
            )
            if not wanted:
                prev_start, prev_end, prev_kept = start, end, False
                continue
            if is_head and adjacent and not prev_kept and prev_start >= 0:
                pw = text[prev_start:prev_end]
                before = tokens[-1].end if tokens else -1
                pj = before >= 0 and _adjacent(text, before, prev_start, space)
                ps = _sentence_start(text, prev_start, skip_back)
                tokens.append(
                    Token(prev_start, prev_end, pw, _fold(pw), False, False, ps, False, pj)
                )
                prev_kept = True
        if prev_end >= 0:
            gap = text[prev_end:start]
            hyphen = gap != "" and all(c in HYPHENS for c in gap)
            adjacent = hyphen or (gap != "" and gap.strip(space) == "")
        else:
            hyphen = adjacent = False
        sent_start = False if adjacent else _sentence_start(text, start, skip_back)
        cap = first.isupper() or (first.isdigit() and _is_capitalised(word))
        possessive = False
        if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
            possessive, end, word = True, end - 2, word[:-2]
        joined = adjacent and prev_kept
        tokens.append(
            Token(start, end, word, _fold(word), cap, hyphen, sent_start, possessive, joined)
        )
        prev_start, prev_end, prev_kept = start, m.end(), True
    return tokens


KEEP = lexicon().keep_words
PIECES = [
    "Khaled",
    "Al",
    "al",
    "Mashri",
    "Mu'ammar",
    "qu",
    "l",
    "d",
    "jusqu",
    "ONU",
    "Oussama",
    "the",
    "of",
    "and",
    "government",
    "forces",
    "reconciliation",
    "bin",
    "ibn",
    "ash",
    "as",
    "abd",
    "Abd",
    "el",
    "said",
    "don't",
    "x",
    "5",
    "5+5",
    "Été",
    "été",
    "ß",
    "مشري",
    "’s",
    "'s",
    "UN",
    "Tripoli",
    "de",
    "la",
    "abc",
    "_",
    "b",
    "walad",
    "true",
    "y",
    "McDonald",
    "l'Été",
    "d’Ahmed",
    "qu'ONU",
]
SEPS = [
    " ",
    "  ",
    "-",
    "–",
    "'",
    "’",
    "`",
    "\n",
    ". ",
    ", ",
    "; ",
    "“",
    "”",
    "(",
    ")",
    "_",
    "",
    "'s ",
]

texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPS)), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts)
)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_sparse_tokens_equal_word_by_word_tokens(text: str) -> None:
    assert tokenize(text, KEEP) == reference_tokenize(text, KEEP)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aAlqu'’`-_ .\n5éÉ"), max_size=40))
def test_sparse_tokens_on_character_soup(text: str) -> None:
    assert tokenize(text, KEEP) == reference_tokenize(text, KEEP)


def test_sparse_tokens_on_the_seed_article() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert tokenize(text, KEEP) == reference_tokenize(text, KEEP)


def test_sparse_tokens_keep_elided_names_and_head_modifiers() -> None:
    text = "Selon l'ONU et qu'Oussama, the reconciliation government of Libya met."
    words = [t.text for t in tokenize(text, KEEP)]
    # "of" after a lower-case head is no bridge: it is kept only after a capitalised word
    assert words == ["Selon", "l", "ONU", "Oussama", "reconciliation", "government", "Libya"]
