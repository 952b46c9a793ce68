"""Capitals that say nothing: all-caps lines, sentence openers, the word after a dateline.

English marks names by a capital, but some capitals are the typography's, not the word's: every
word of an all-caps headline ("HAFTAR LAUNCHES OFFENSIVE ON TRIPOLI"), the first word of a
sentence, and the first word after a dateline ("Tripoli - Violent clashes broke out", "GENEVA,
Feb 5 (AFP) - Delegates ..."), which opens the story's first sentence although no full stop
comes before it. There a capitalised word is a name only if something else says so: a
gazetteer name spelled there (the caller's trie), or the document itself writing the word with
a capital where capitals do tell (inside a sentence, outside such lines). An ordinary word
("Launches", "Dozens", "Violent") is written that way nowhere else, so without this it is
reported as an unlinked name (``"id": null``), which a reader of the output takes for a person
or a place nobody knows.

Two hooks use it: :func:`lower_unattested_caps` reads the unattested words of all-caps lines as
lower case before names are looked for (so "HAFTAR LAUNCHES" is not one unknown name), and
:func:`normx.resolve.blind_openers.attested_mentions` drops an unlinked one-word mention at
a sentence opening or after a dateline when the document never writes that word capitalised
inside a sentence. A linked mention is never touched: the gazetteer vouches for it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from normx.detect.tokens import Token

MIN_CAPS_WORDS = 3  # fewer words is a dateline ("TRIPOLI, Libya") or an acronym line
DATELINE_WORDS = 12  # at most this many words before the dash: a place, a date, an agency
_WORD = re.compile(r"[^\W\d_]+")
# a dateline: the line's first words, then a spaced dash ("Tripoli - ", "Derna – ")
_DATELINE = re.compile(r"^[^\n.!?;:]*?\s[-–—]\s+(?=[^\W\d_])", re.MULTILINE)
# the spaced dash that ends a dateline (:data:`_DATELINE` without the line before it), and the
# characters that line may not hold
_SPACED_DASH = re.compile(r"\s[-–—]\s+(?=[^\W\d_])")
_STOP = re.compile(r"[\n.!?;:]")
# two lower-case letters side by side: a word of two letters or more not in upper case
_LOWER_PAIR = re.compile(r"[a-z][a-z]")


def all_caps_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines whose words (of two letters or more) are all upper case."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _LOWER_PAIR.search(line) is not None:  # prose: most lines, rejected in C
            start = end + 1
            continue
        words = [w for w in _WORD.findall(line) if len(w) >= 2]
        if len(words) >= MIN_CAPS_WORDS and all(w.isupper() for w in words):
            out.append((start, end))
        start = end + 1
    return out


def dateline_openers(text: str) -> frozenset[int]:
    """Offsets of the first word after a dateline: a line that starts with a few capitalised
    words (a place, a date, an agency in brackets) and a spaced dash, the story's first
    sentence after it ("Tripoli - Violent clashes ...")."""
    global _OPENERS
    last = _OPENERS
    if last[0] is text:
        return last[1]
    out: set[int] = set()
    for line, end in _datelines(text):
        words = _WORD.findall(line)
        # a place, a date, an agency: every word capitalised ("GENEVA, Feb 5 (AFP)"); a
        # sentence with a dash in it ("He came back - Masoud said") has lower-case words
        if 0 < len(words) <= DATELINE_WORDS and all(w[0].isupper() for w in words):
            out.add(end)
    found = frozenset(out)
    _OPENERS = (text, found)
    return found


# the last text's answer (the pipeline and english_word ask for each document's), swapped in
# as one pair so that concurrent documents never read each other's
_OPENERS: tuple[str | None, frozenset[int]] = (None, frozenset())


def _datelines(text: str) -> list[tuple[str, int]]:
    """What ``_DATELINE.finditer(text)`` finds, as (matched text, end) pairs, read from the
    few spaced dashes of the text instead of trying the pattern at every offset: a match
    ends at the first spaced dash after its line's start with no stop character between
    (the lazy repeat), and a dash's one candidate line start is the start of its line (the
    line before a line break the dash's blank is)."""
    out: list[tuple[str, int]] = []
    resume = 0  # finditer goes on after the end of the last match
    for m in _SPACED_DASH.finditer(text):
        at = m.start()
        line = text.rfind("\n", 0, at) + 1
        if line < resume or _STOP.search(text, line, at) is not None:
            continue
        out.append((text[line : m.end()], m.end()))
        resume = m.end()
    return out


def _inside(pos: int, lines: Sequence[tuple[int, int]]) -> bool:
    k = bisect_left(lines, (pos + 1,)) - 1
    return k >= 0 and lines[k][0] <= pos < lines[k][1]


def attested_forms(
    tokens: Sequence[Token], blind: Sequence[tuple[int, int]], openers: frozenset[int]
) -> frozenset[str]:
    """The forms the document writes capitalised where a capital tells: inside a sentence,
    outside the *blind* lines and not just after a dateline."""
    return frozenset(
        t.form
        for t in tokens
        if t.cap
        and not t.sent_start
        and t.start not in openers
        and not (blind and _inside(t.start, blind))
    )


def lower_unattested_caps(
    tokens: list[Token],
    lines: Sequence[tuple[int, int]],
    attested: frozenset[str],
    keep: Iterable[int] = (),
) -> list[Token]:
    """*tokens* with the words of all-caps *lines* read as lower case unless the document
    writes them capitalised elsewhere (*attested*) or *keep* holds their index (gazetteer names
    spelled there, name particles)."""
    if not lines:
        return tokens
    keep = frozenset(keep)
    out = list(tokens)
    n = len(tokens)
    for a, b in lines:
        i = bisect_left(tokens, a, key=_start)
        while i < n and tokens[i].start < b:
            tok = tokens[i]
            if tok.cap and i not in keep and tok.text.isalpha() and tok.form not in attested:
                out[i] = tok._replace(cap=False)
            i += 1
    return out


def _start(tok: Token) -> int:
    return tok.start
