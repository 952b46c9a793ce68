"""Title-case lines: capitals there say nothing, so ordinary words lose theirs.

A headline in title case ("Dbeibah Meets Takala In Tripoli As Clashes Erupt") capitalises
every word, so the span finder would read the whole line as one name, and the resolver would
take "Clashes" after "Tripoli" for the second word of an unknown name ("Libya Al-Ahrar"). In
such a line a word is read as written in lower case when it is a function word, or when the
document writes it (or an inflection of it: "meeting" for "Meets", "erupted" for "Erupt") in
lower case elsewhere, unless it belongs to a gazetteer name spelled out there ("National Oil
Corporation", found by the caller with the name trie). What is left capitalised is what the
rest of the document never writes as an ordinary word: the names.

A line is in title case when it has at least :data:`MIN_WORDS` words, at most
:data:`MAX_WORDS`, every word of :data:`LONG_WORD` letters or more is capitalised, and one of
its capitalised words is an ordinary word by the test above (a line of names alone needs
nothing done).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from normx.detect.lexicon import Lexicon
from normx.detect.tokens import Token

MIN_WORDS = 3
MAX_WORDS = 25  # a headline, not a paragraph
LONG_WORD = 4  # title case may leave short words (of, in, and) in lower case
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_INFLECTIONS = ("", "s", "es", "d", "ed", "ing")


def ordinary_word(form: str, lex: Lexicon, lower: AbstractSet[str]) -> bool:
    """A function word, or a word the document writes in lower case (some inflection of it)."""
    if form in lex.stopwords or form in lex.connectors or form in lower:
        return True
    stems = {form}
    for ending in ("s", "es", "ed", "d", "ing"):
        if form.endswith(ending) and len(form) - len(ending) >= 3:
            stems.add(form[: -len(ending)])
    return any(stem + ending in lower for stem in stems for ending in _INFLECTIONS)


def _title_case_words(line: str) -> list[str]:
    """The words of *line*, or [] as soon as it cannot be a title-case line (a long word in
    lower case, or too many words): prose fails on its first long lower-case word."""
    words: list[str] = []
    for m in _WORD.finditer(line):
        w = m.group()
        if len(w) >= LONG_WORD and not w[0].isupper():
            return []
        words.append(w)
        if len(words) > MAX_WORDS:
            return []
    return words


def title_case_lines(text: str, lex: Lexicon, lower: AbstractSet[str]) -> list[tuple[int, int]]:
    """Character ranges of the lines of *text* written in title case (see the module)."""
    out: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        words = _title_case_words(line)
        long = [w for w in words if len(w) >= LONG_WORD]
        if (
            MIN_WORDS <= len(words) <= MAX_WORDS
            and long
            and all(w[0].isupper() for w in long)
            and any(w[0].isupper() and ordinary_word(w.lower(), lex, lower) for w in words)
        ):
            out.append((start, end))
        start = end + 1
    return out


def lower_ordinary_words(
    tokens: list[Token],
    lines: list[tuple[int, int]],
    lex: Lexicon,
    lower: AbstractSet[str],
    keep: Iterable[int] = (),
) -> list[Token]:
    """*tokens* with the ordinary words of title-case *lines* read as lower case.

    *keep* holds the indices of tokens that keep their capitals whatever they are: the words
    of gazetteer names spelled out in those lines, and name particles (Al-, Abu).
    """
    if not lines:
        return tokens
    keep = frozenset(keep)
    out = list(tokens)
    n = len(tokens)
    for a, b in lines:  # in text order, never overlapping (title_case_lines)
        # the tokens of the line, found by bisection: a headline is a few of many tokens
        i = bisect_left(tokens, a, key=_start)
        while i < n and tokens[i].start < b:
            tok = tokens[i]
            if (
                tok.cap
                and i not in keep
                and tok.text.isalpha()
                and ordinary_word(tok.form, lex, lower)
            ):
                out[i] = tok._replace(cap=False)
            i += 1
    return out


def _start(tok: Token) -> int:
    return tok.start
