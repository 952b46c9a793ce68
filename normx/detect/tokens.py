"""Word tokens with character offsets: the one tokenisation every detection step shares.

The text is read once. Each token is a run of letters and digits; apostrophes inside a word
stay in it (Mu'ammar), a trailing possessive ("Haftar’s", "Haftar's") is split off and marked
so that it is never part of a name, and hyphen-joined parts (Al-Wefaq) become separate tokens
that remember the hyphen, because the particle table treats "a-" or "ash-" as the article
only when hyphen-joined. Offsets are Python ``str`` indices into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from normx.text.latin import APOSTROPHES, HYPHENS, fold

_WORD_RE = re.compile(r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*", re.UNICODE)
_SENTENCE_END = frozenset(".!?…:;\n")
_OPENERS = frozenset("\"'“‘«([{*-–—•")


class Token(NamedTuple):
    """One word of the text.

    ``form`` is the folded spelling (:func:`normx.text.latin.fold`); ``cap`` says the word starts
    with an upper-case letter (or is all digits-and-capitals such as "5+5" parts, "UN");
    ``hyphen_before`` that it is joined to the previous token by a hyphen; ``sent_start`` that
    it opens a sentence (after . ! ? : ; a line break, or the start of the text, skipping
    quotes and brackets), where capitals say nothing about names; ``possessive`` that a
    possessive ending ('s) was split off after it; ``joined`` that only spaces (no line break)
    or a hyphen separate it from the previous token, so the two may belong to one name.
    A named tuple, not a dataclass: a long document has hundreds of thousands of tokens.
    """

    start: int
    end: int
    text: str
    form: str
    cap: bool
    hyphen_before: bool
    sent_start: bool
    possessive: bool
    joined: bool = False


def _is_capitalised(word: str) -> bool:
    first = word[0]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in word))


_FOLD_CACHE: dict[str, str] = {}
_FOLD_CACHE_MAX = 500_000


def _fold(word: str) -> str:
    form = _FOLD_CACHE.get(word)
    if form is None:
        form = fold(word)
        if len(_FOLD_CACHE) < _FOLD_CACHE_MAX:
            _FOLD_CACHE[word] = form
    return form


@dataclass(frozen=True, slots=True)
class KeepWords:
    """The lower-case words a sparse tokenisation keeps (folded, lower case).

    ``heads`` are kept with the word before them (the modifier of "reconciliation
    government"); ``particles`` always (al-, bin); ``hyphen_particles`` only when a hyphen
    follows ("ash-Shwayrif", never the English "as"); ``bridges`` (of, the, and) only right
    after a kept capitalised word or another bridge, where they may sit inside a name.
    """

    heads: frozenset[str]
    particles: frozenset[str]
    hyphen_particles: frozenset[str]
    bridges: frozenset[str]


def _uppercase_class() -> str:
    """A regex character class body with every upper-case (and title-case) letter."""
    out: list[str] = []
    run: list[int] = []
    for cp in range(0x30000):
        ch = chr(cp)
        if ch.isupper() or ch.istitle():
            if run and cp == run[-1] + 1:
                run.append(cp)
                continue
            if run:
                out.append(_range(run))
            run = [cp]
    if run:
        out.append(_range(run))
    return "".join(out)


def _range(run: list[int]) -> str:
    a, b = re.escape(chr(run[0])), re.escape(chr(run[-1]))
    return a if run[0] == run[-1] else f"{a}-{b}"


def _alts(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _sparse_re(keep: KeepWords) -> re.Pattern[str]:
    """One regex that finds only the words a sparse tokenisation keeps (see KeepWords)."""
    up = _uppercase_class()
    apos = re.escape(APOSTROPHES)
    hy = re.escape(HYPHENS)
    rest = rf"[^\W_]*(?:[{apos}][^\W_]+)*"
    word = rf"[^\W_]+(?:[{apos}][^\W_]+)*"
    end = r"(?![^\W_])"
    parts = [
        rf"[{up}]{rest}",
        rf"\d[^\W_]*[{up}]{rest}",
        rf"{word}(?=[ \t]+(?:{_alts(keep.heads)}){end})",
        rf"(?:{_alts(keep.heads)}){end}",
        rf"(?:{_alts(keep.particles)})(?=[ \t{hy}]+[{up}])",
        rf"(?:{_alts(keep.hyphen_particles)})(?=[{hy}][{up}])",
        rf"(?:{_alts(keep.bridges)})(?=[ \t]+(?:the[ \t]+)?[{up}])",
    ]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + ")")


def tokenize(text: str, keep: KeepWords | None = None) -> list[Token]:
    """Split *text* into :class:`Token` objects, in order.

    Without *keep* every word is a token. With *keep* only the words detection can use
    become tokens (the hot path: most words of news text are lower-case and never part of a
    name, and one regex skips them in C): capitalised words and the lower-case words
    :class:`KeepWords` describes. ``joined`` and ``sent_start`` still describe the real
    neighbours in the text: a skipped word between two tokens means they are not joined.
    """
    pattern = _WORD_RE if keep is None else _sparse_re(keep)
    tokens: list[Token] = []
    append = tokens.append
    prev_end = -1
    space = " \t\u00a0"
    skip_back = space + "".join(_OPENERS)
    for m in pattern.finditer(text):
        start, end = m.span()
        word = m.group(0)
        if prev_end >= 0:
            gap = text[prev_end:start]
            if gap == " ":
                hyphen, adjacent = False, True
            else:
                hyphen = gap != "" and all(c in HYPHENS for c in gap)
                adjacent = hyphen or (gap != "" and gap.strip(space) == "")
        else:
            hyphen = adjacent = False
        if adjacent:
            sent_start = False
        else:
            i = start - 1
            while i >= 0 and text[i] in skip_back:
                i -= 1
            sent_start = i < 0 or text[i] in _SENTENCE_END
        first = word[0]
        cap = first.isupper() or (first.isdigit() and _is_capitalised(word))
        possessive = False
        if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
            possessive = True
            end -= 2
            word = word[:-2]
        append(Token(start, end, word, _fold(word), cap, hyphen, sent_start, possessive, adjacent))
        prev_end = m.end()
    return tokens


_LOWER_RE = re.compile(r"(?<![^\W_])[a-z]+(?![^\W_])")


def lowercase_words(text: str) -> frozenset[str]:
    """The (ASCII) words *text* writes in lower case: evidence that a word is a common word."""
    return frozenset(_LOWER_RE.findall(text))
