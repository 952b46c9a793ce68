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
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
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
_HAS_WORD = re.compile(r"[^\W_]")
_W = r"[^\W_]"
_APOS = "[" + re.escape(APOSTROPHES) + "]"
# a word start: no word character before it, and no apostrophe that continues a word
_WORD_START = rf"(?<!{_W})(?<!{_W}{_APOS})"
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


@cache
def _sparse_re(keep: KeepWords) -> re.Pattern[str]:
    """The words a sparse tokenisation may keep, found by the regex engine alone.

    The same words, with the same boundaries, as :data:`_WORD_RE` finds, less the lower-case
    ASCII words no keep-list holds (most words of news text): an elision, a word that does not
    start with an ASCII lower-case letter (capitals, digits, other scripts: the loop decides),
    or a whole word the keep-lists hold. The capitalised word after an elision is not found
    here (its start follows an apostrophe): :func:`_sparse_words` adds it.
    """
    words = sorted(keep.heads | keep.particles | keep.hyphen_particles | keep.bridges, key=len)
    listed = "|".join(re.escape(w) for w in reversed(words))
    return re.compile(
        rf"(?P<el>{_WORD_START}(?:qu|jusqu|lorsqu|puisqu|[ldjsnmtc])(?={_APOS}[A-ZÀ-ÖØ-Þ]))"
        rf"|{_WORD_START}(?=[^\W_a-z]){_W}+(?:{_APOS}{_W}+)*"
        rf"|{_WORD_START}(?:{listed})(?!{_W}|{_APOS}{_W})"
    )


_Word = tuple[str, int, int, "tuple[int, int] | None"]


def _all_words(text: str) -> Iterator[_Word]:
    for m in _WORD_RE.finditer(text):
        yield m.group(), m.start(), m.end(), None


def _sparse_words(text: str, keep: KeepWords) -> Iterator[_Word]:
    """The words :func:`_sparse_re` finds, each with the span of the last word skipped before
    it (None if none was), which is what the tokeniser needs to know of the skipped words."""
    has_word = _HAS_WORD.search
    last = 0  # end of the last word found
    for m in _sparse_re(keep).finditer(text):
        start, end = m.span()
        skipped = _last_word_before(text, start) if has_word(text, last, start) else None
        yield m.group(), start, end, skipped
        last = end
        if m.lastgroup == "el":  # "qu'Oussama": the name after the apostrophe
            m2 = _WORD_RE.match(text, end + 1)
            if m2 is not None:
                yield m2.group(), m2.start(), m2.end(), None
                last = m2.end()


def _last_word_before(text: str, start: int) -> tuple[int, int]:
    """The span of the word of :data:`_WORD_RE` that ends last before *start*."""
    i = start - 1
    while not text[i].isalnum():
        i -= 1
    end = i + 1
    while i > 0 and (
        text[i - 1].isalnum() or (text[i - 1] in APOSTROPHES and i > 1 and text[i - 2].isalnum())
    ):
        i -= 1
    return i, end


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
    words = _all_words(text) if keep is None else _sparse_words(text, keep)
    for word, start, raw_end, skipped in words:
        if skipped is not None:  # words no keep-list holds came in between
            prev_start, prev_end = skipped
            prev_kept = False
        end = raw_end
        first = word[0]
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
        prev_start, prev_end, prev_kept = start, raw_end, True
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
