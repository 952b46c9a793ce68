"""The user's facility named after a place answers the place's bare name where the text
says it means the facility.

Airports and air bases are named after the place they serve, and a translation drops the head
noun or puts it before the name ("the airport of Benina", مطار بنينا; "landed at Al-Abraq"). A
user's gazetteer that holds "Benina International Airport" and no place Benina links the bare
name to the airport (:mod:`normx.resolve.facility_unsaid` keeps the place nouns' readings
apart). Loaded beside the shipped gazetteers, the same name is spelled exactly by an
OpenStreetMap town (بنينا, Al Abraq), and the exact match decided at once: the airport's
mentions went to the town (articles-v16, v18, v21, ``benchmarks.eval.articles --as-user``:
seven links).

The user said which entities matter, and of the two things so named wrote down the facility.
So when every record spelling the name exactly is a shipped place, and one record of the
user's own (a place) is named after the name -- its name holds the name's words, in order, and
a facility head ("airport", "airbase") besides -- that record is the answer when the text
speaks of the facility: somewhere it writes the name with a facility head after it ("Benina
airport") or before it and "of" ("the airport of Benina"), or after a landing verb and "at"
("landed at Al-Abraq": one lands at an airfield, not a town). A name is decided once per
document, and one document means one thing by it, so the evidence is the document's, not the
words around each mention. A shipped *minor* settlement (a village,
:mod:`normx.resolve.standing`) gives way without such words, as a village stands below the
user's every record. Any record of the user's spelling the name keeps it, and a user's name
without a facility head ("Benina Road") is no facility.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import Protocol

from normx.match.candidate import Candidate
from normx.resolve.designators import name_words
from normx.resolve.span_tokens import SpanTokens
from normx.resolve.standing import MINOR, USER
from normx.text.latin import fold
from normx.text.resources import word_list

__all__ = ["LANDING", "user_facility_at", "users_facility_first"]

_WORD = re.compile(r"[a-z]+")
_ARTICLES = frozenset({"al", "el", "the"})  # before a name, as the folded text splits it

# verbs after which "at NAME" is an airfield (folded)
LANDING = frozenset(word_list("normx.resolve", "place_words.yaml", "landing"))  # data

Match = Callable[[str, bool], Sequence[Candidate]]


class _Linker(Protocol):
    """What :func:`user_facility_at` reads of the span linker (normx.resolve.decision)."""

    words: SpanTokens
    user_standing: Callable[[str], int] | None

    def match(self, query: str, phrase: bool) -> Sequence[Candidate]: ...


def user_facility_at(
    linker: _Linker, exact: list[Candidate] | None, first: int, last: int
) -> list[Candidate] | None:
    """:func:`users_facility_first` for tokens ``first``..``last`` of *linker*'s text."""
    if not exact or linker.user_standing is None:
        return exact
    words = linker.words
    return users_facility_first(
        exact,
        words.query(first, last),
        words.text,
        linker.match,
        linker.user_standing,
        words.lex.facility_heads,
    )


def _named_after(said: Sequence[str], name: str, heads: Collection[str]) -> bool:
    """*name* holds the words *said* together and in order, and a facility head besides."""
    words = name_words(name)
    n = len(said)
    if not n or len(words) <= n:
        return False
    at = next((i for i in range(len(words) - n + 1) if words[i : i + n] == list(said)), None)
    if at is None:
        return False
    rest = words[:at] + words[at + n :]
    return any(w in heads for w in rest)


def users_facility_first(
    exact: list[Candidate] | None,
    query: str,
    text: str,
    match: Match,
    standing: Callable[[str], int],
    facility_heads: Collection[str],
) -> list[Candidate] | None:
    """*exact* (the records spelling *query* exactly), or the one user's place named after
    the name with a facility head, when every exact record is a shipped place and the text
    speaks of the facility (*text*: the document; see the module docstring)."""
    if not exact or not all(c.type == "LOC" and standing(c.id) < USER for c in exact):
        return exact
    heads = frozenset(facility_heads)
    said = name_words(query)
    # the text's words first: when they decide (a town not a village, no facility said), the
    # matcher's answer cannot change the result and is not asked for (session 20: ~2% of a
    # first pass with the shipped gazetteers, a one-word query reaching every namesake)
    villages = all(standing(c.id) == MINOR for c in exact)
    if not villages and not _says_facility(_document_words(text), said, heads):
        return exact
    named = {
        c.id: c
        for c in match(query, False)
        if c.type == "LOC" and standing(c.id) >= USER and _named_after(said, c.matched, heads)
    }
    if len(named) != 1:
        return exact
    return list(named.values())


_last_words: tuple[str, list[str], dict[str, list[int]]] = ("", [], {})  # the last document's


def _document_words(text: str) -> list[str]:
    """The folded words of *text*, remembered for the last document: its spans ask in turn."""
    return _document(text)[1]


def _document(text: str) -> tuple[str, list[str], dict[str, list[int]]]:
    """The last document's text, folded words and each word's positions among them."""
    global _last_words
    last = _last_words
    if last[0] is not text and last[0] != text:
        words = _WORD.findall(fold(text))
        at: dict[str, list[int]] = {}
        for i, w in enumerate(words):
            at.setdefault(w, []).append(i)
        last = _last_words = (text, words, at)
    return last


def _says_facility(text: Sequence[str], said: Sequence[str], heads: Collection[str]) -> bool:
    """The words *said* (an article before them aside) occur in *text* before a facility
    head, after "<facility head> of", or after "<landing verb> at"."""
    said = list(said)
    n = len(said)
    if not n:
        return False
    starts = _starts(text, said[0])
    for i in starts:
        if i > len(text) - n or text[i : i + n] != said:
            continue
        j = i - 1 if i > 0 and text[i - 1] in _ARTICLES else i
        before = text[max(0, j - 2) : j]
        if i + n < len(text) and text[i + n] in heads:
            return True
        if len(before) == 2 and (
            (before[1] == "of" and before[0] in heads)
            or (before[1] == "at" and before[0] in LANDING)
        ):
            return True
    return False


def _starts(text: Sequence[str], word: str) -> Sequence[int]:
    """The positions of *word* in *text*, in order: from the last document's index when *text*
    is its word list (each span of a document asks in turn; a scan of every word per ask was
    ~2% of a first pass), else by a scan."""
    last = _last_words
    if text is last[1]:
        return last[2].get(word, ())
    return [i for i, w in enumerate(text) if w == word]
