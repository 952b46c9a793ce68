"""A name after a lower-case head noun of its own: "the naval operation Irene".

Translation writes the head of a body's name in lower case before the name proper ("the
European naval operation Irene" for عملية إيريني, Operation Irini), so the detector's span
holds the name word alone. Alone, the word is a loose likeness of anything: "Irene" reaches
Shahhat through its Italian name "Cirene", one letter apart, and a reader would never take it
so, since the text says it names an operation. The head settles it: with the head the words
make a body's whole name ("Operation Irene" ~ Operation Irini), which the word alone could
not.

So a segment of one name unit, unlinked or linked only by likeness (a spelling match stands),
right after a lower-case word (one blank between) is matched again with that word,
capitalised, before it. A place or body whose matched name opens with that word, found so
with a score that decides on its own (:data:`MIN_SCORE`) and no rival close
(:data:`MARGIN`), is the segment's link. Persons are not judged so: "the minister Ali" is a
title, not a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.match.candidate import LIKENESS_METHODS, Candidate, clear_best
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_SCORE = 0.9  # the headed name's match: close, as a spelled-out name would be
MARGIN = 0.05  # no second candidate this close
MIN_HEAD = 4  # letters of a head noun ("operation", "ship"); shorter words are particles


def headed_match(rt: Runtime, head: str, surface: str) -> Candidate | None:
    """The place or body "<Head> <surface>" names by a name that opens with the head."""
    best = clear_best(rt.match(f"{head.capitalize()} {surface}"), MIN_SCORE, MARGIN)
    if best is None or best.type == "PER":
        return None
    words = fold(best.matched).split()
    return best if words and words[0] == fold(head) else None


def heads_before(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each one-unit name after a lower-case head noun of its own linked to
    the body the two name (see the module)."""
    out: list[Resolved] = []
    lex = rt.lex
    for seg, cand, evidence in resolved:
        if (cand is None or cand.method in LIKENESS_METHODS) and not (seg.phrase or seg.generic):
            start = linker.tokens[seg.first].start
            head = word_before(linker.text, start, 40)
            if (
                head is not None
                and head.islower()
                and len(head) >= MIN_HEAD
                and head not in lex.connectors
                and head not in lex.locative
                and head not in lex.titles
                and len(linker.name_units(seg.first, seg.last)) == 1
            ):
                found = headed_match(rt, head, linker.surface(seg.first, seg.last))
                if found is not None and (cand is None or found.id != cand.id):
                    cand = found
                    evidence = linked_evidence(
                        evidence, {"head_before": head, "matched": found.matched}
                    )
        out.append((seg, cand, evidence))
    return out
