"""A person's one-word surname written in two words: "Fathi Bash Agha" for Fathi Bashagha.

Arabic writes باشاغا as one word; Latin copy splits a compound surname where its parts read as
words of their own (Bash Agha, the Ottoman title باش آغا it comes from), as it splits "Deb Deb"
(DOMAIN.md: compounds "joined or hyphenated"). :mod:`normx.resolve.joined_place` asks the
matcher's joining pass about unlinked names but takes only places and bodies: a given name
split in two is the dropped-Abd and compound rules' business, and a person has namesakes. A
split *surname* behind a given name said as the gazetteer writes it is safer: the person is
linked when the joining pass's clear best is a person (:data:`MIN_SCORE`, :data:`MARGIN` as
for places), every word of the query is explained, the joined pair is the last word of the
person's name (the surname) and another word of the query is a word of the name spelled
exactly (the given name). A bare split surname ("Bash Agha") is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.joined_place import MAX_UNITS, clear_joined
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold, split_words

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_UNITS = 3  # a given name and a surname in two words: "Bash Agha" alone is left alone


def _last_word(name: str) -> str:
    words = [p for word in split_words(fold(name)) for p in word]
    return words[-1] if words else ""


def joined_surname(rt: Runtime, surface: str) -> Candidate | None:
    """The person *surface* names with its surname split in two (see the module), or None."""
    best = clear_joined(rt, surface)
    if best is None or best.type != "PER":
        return None
    pairs = best.explain.get("pairs") or ()
    joined = [p for p in pairs if p.get("how") == "joined"]
    exact = [p for p in pairs if p.get("how") == "exact"]
    if len(joined) != 1 or not exact or joined[0].get("name") != _last_word(best.matched):
        return None
    return best


def joined_surnames(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with unlinked names of a given name and a split surname linked to the
    person (see the module)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is None and not (seg.phrase or seg.generic):
            units = linker.name_units(seg.first, seg.last)
            found = None
            if MIN_UNITS <= len(units) <= MAX_UNITS:  # the joining pass only for these
                found = joined_surname(rt, linker.surface(seg.first, seg.last))
            if found is not None:
                cand = found
                evidence = linked_evidence(evidence, {"joined": True, "matched": found.matched})
        out.append((seg, cand, evidence))
    return out
