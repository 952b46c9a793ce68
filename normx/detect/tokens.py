"""Word tokens with character offsets: the one tokenisation every detection step shares.

The text is read once. Each token is a run of letters and digits; apostrophes inside a word
stay in it (Mu'ammar), except after a French or Italian elision before a capital
("qu'Oussama" is "qu" and "Oussama"); a trailing possessive ("Haftar’s", "Haftar's") is split
off and marked so that it is never part of a name; and hyphen-joined parts (Al-Wefaq) become
separate tokens that remember the hyphen, because the particle table treats "a-" or "ash-" as
the article only when hyphen-joined. Offsets are Python ``str`` indices into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from normx.text.latin import APOSTROPHES, HYPHENS, fold

# A French or Italian elision before a capital ("qu'Oussama", "d'Abdelhamid", "l'ONU") is a
# word of its own, so the name after the apostrophe is found whole.
_ELISION = (
    r"(?<![^\W_])(?:qu|jusqu|lorsqu|puisqu|[ldjsnmtc])(?=["
    + re.escape(APOSTROPHES)
    + r"][A-ZÀ-ÖØ-Þ])"
)
_WORD_RE = re.compile(
    _ELISION + r"|[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*", re.UNICODE
)
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


def tokenize(text: str, keep: KeepWords | None = None) -> list[Token]:
    """Split *text* into :class:`Token` objects, in order.

    Without *keep* every word is a token. With *keep* only the words detection can use
    become tokens (the hot path: most words of news text are lower-case and never part of a
    name; skipping one costs a set look-up): capitalised words and the lower-case words
    :class:`KeepWords` describes. ``joined`` and ``sent_start`` still describe the real
    neighbours in the text: a skipped word between two tokens means they are not joined.
    """
    tokens: list[Token] = []
    append = tokens.append
    any_keep = (
        keep.heads | keep.particles | keep.hyphen_particles | keep.bridges if keep else frozenset()
    )
    prev_end = -1  # end of the previous word of the text (kept or not)
    prev_kept = False
    prev_start = -1
    space = " \t\u00a0"
    skip_back = space + "".join(_OPENERS)
    n = len(text)
    for m in _WORD_RE.finditer(text):
        word = m.group()
        first = word[0]
        start, end = m.span()
        if keep is not None and not first.isupper() and not first.isdigit():
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
                # the modifier of "reconciliation government", skipped a moment ago
                pw = text[prev_start:prev_end]
                before = tokens[-1].end if tokens else -1
                pj = before >= 0 and _adjacent(text, before, prev_start, space)
                ps = _sentence_start(text, prev_start, skip_back)
                append(Token(prev_start, prev_end, pw, _fold(pw), False, False, ps, False, pj))
                prev_kept = True
        if prev_end >= 0:
            gap = text[prev_end:start]
            if gap == " ":
                hyphen, adjacent = False, True
            else:
                hyphen = gap != "" and all(c in HYPHENS for c in gap)
                adjacent = hyphen or (gap != "" and gap.strip(space) == "")
        else:
            hyphen = adjacent = False
        sent_start = False if adjacent else _sentence_start(text, start, skip_back)
        cap = first.isupper() or (first.isdigit() and _is_capitalised(word))
        possessive = False
        if len(word) > 2 and word[-1] in "sS" and word[-2] in APOSTROPHES:
            possessive = True
            end -= 2
            word = word[:-2]
        joined = adjacent and prev_kept
        append(Token(start, end, word, _fold(word), cap, hyphen, sent_start, possessive, joined))
        prev_start, prev_end, prev_kept = start, m.end(), True
    return tokens


def _adjacent(text: str, prev_end: int, start: int, space: str) -> bool:
    if prev_end < 0:
        return False
    gap = text[prev_end:start]
    return gap == " " or (gap != "" and (gap.strip(space) == "" or all(c in HYPHENS for c in gap)))


def _sentence_start(text: str, start: int, skip_back: str) -> bool:
    i = start - 1
    while i >= 0 and text[i] in skip_back:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


_LOWER_RE = re.compile(r"(?<![^\W_])[a-z]+(?![^\W_])")


def lowercase_words(text: str) -> frozenset[str]:
    """The (ASCII) words *text* writes in lower case: evidence that a word is a common word."""
    return frozenset(_LOWER_RE.findall(text))
