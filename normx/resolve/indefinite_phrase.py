"""A lower-case body phrase after an indefinite article names a kind, not a body.

Machine translation writes a body's name in lower case ("reconciliation government"), so a
lower-case "<word> <head>" phrase is sent to the matcher (:mod:`normx.detect.spans`). But "the
House answers with a constitutional court in Benghazi", "a law establishing a supreme
constitutional court": with "a"/"an" (or "another") before it, the phrase speaks of some court
of that kind, one not yet made or not yet known, and no body of the gazetteer is meant, least
of all a foreign namesake (Egypt's Supreme Constitutional Court, whose Arabic name the phrase
glosses). English marks a named body with "the" or with no article; the indefinite article is
the reader's cue that no particular one is meant. Lower-case adjectives may stand between the
article and the phrase ("a supreme constitutional court", "a new reconciliation government").
"its own" / "their own" is read alike: "each government has its own ministère de la Santé",
"the factions set up their own central bank" speak of one body per owner, a kind, and not of
the body the gazetteer holds under that name (which is one owner's at most).

Only phrases (lower-case spans, or spans a lower-case head opens: AFP's "ministère de la
Santé") are judged, and spans that are a demonym and lower-case words
("an Egyptian company", "a Turkish firm": the capital is the demonym's, an adjective, and the
span is a phrase as much as "a new company"): a capitalised name after "a" ("a Libya Dawn
fighter") is the name as a modifier, and stays. It runs on the segments before coreference,
so the phrase is no antecedent for a later "the Court" either.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.french_lower import lower_bodies
from normx.resolve.segment import Seg, relinked

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

INDEFINITE = frozenset({"a", "an", "another"})
OWNERS = frozenset({"its", "their"})  # before "own": "its own ministry", one per owner
_MAX_BETWEEN = 2  # lower-case words between the article and the phrase ("a new supreme ...")
_WORDS_BEFORE = re.compile(r"((?:[A-Za-z]+[ \t]+){1,3})$")


def indefinite_before(text: str, start: int) -> bool:
    """The words right before *start* are an indefinite article and at most
    :data:`_MAX_BETWEEN` lower-case words ("a supreme ", "an ")."""
    m = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    words = m.group(1).split()
    for k in range(len(words) - 1, -1, -1):
        word = words[k]
        if word.lower() in INDEFINITE and (word.islower() or k == 0 or word in ("A", "An")):
            return len(words) - 1 - k <= _MAX_BETWEEN
        if word == "own" and k > 0 and words[k - 1].lower() in OWNERS:
            return len(words) - 1 - k <= _MAX_BETWEEN
        if not word.islower():
            return False
    return False


def indefinite_phrases_unlinked(linker: SpanLinker, segs: list[Seg]) -> list[Seg]:
    """*segs* with each linked lower-case phrase that an indefinite article opens unlinked."""
    out = segs
    for k, seg in enumerate(segs):
        head = linker.tokens[seg.first]  # "ministère de la Santé": a French lower-case head
        lower = not head.cap and head.form in lower_bodies()
        if seg.cand is None or not (seg.phrase or lower or _demonym_phrase(linker, seg)):
            continue
        if not indefinite_before(linker.text, linker.tokens[seg.first].start):
            continue
        if out is segs:
            out = list(segs)
        out[k] = relinked(seg, None, (seg.cand,))
    return out


def _demonym_phrase(linker: SpanLinker, seg: Seg) -> bool:
    """*seg* is a demonym followed by lower-case words only ("Egyptian company")."""
    tokens = linker.tokens
    if seg.first == seg.last or tokens[seg.first].form not in linker.lex.demonyms:
        return False
    return not any(tokens[t].cap for t in range(seg.first + 1, seg.last + 1))
