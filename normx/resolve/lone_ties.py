"""Lone words left unlinked between tied candidates, settled by a rule that can tell them apart.

The linker calls no winner when one word matches several entities equally ("Washington":
the capital and the state; "Haftar": the father and his sons). A few rules read evidence the
scorer has no place for and pick one (:mod:`normx.resolve.bare_namesake`,
:mod:`normx.resolve.family_head`). They all visit the same segments — unlinked, tied, one name
unit, not a descriptive phrase — and record the same evidence; this module does that once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from normx.detect.units import Unit
from normx.match.candidate import Candidate
from normx.resolve.segment import Resolved, linked_evidence

if TYPE_CHECKING:
    from normx.resolve.span_tokens import SpanTokens

# (the segment's one name unit, the tied candidates) -> the one to link, or None
Pick = Callable[[Unit, tuple[Candidate, ...]], Candidate | None]


def settle_lone_ties(
    linker: SpanTokens, resolved: list[Resolved], pick: Pick, evidence_key: str
) -> list[Resolved]:
    """*resolved* with each one-unit segment left unlinked among several tied candidates linked
    to the candidate *pick* chooses, the others listed in the evidence under *evidence_key*."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is None and len(seg.ambiguous) > 1 and not (seg.phrase or seg.generic):
            units = linker.name_units(seg.first, seg.last)
            chosen = pick(units[0], seg.ambiguous) if len(units) == 1 else None
            if chosen is not None:
                cand = chosen
                others = [c.id for c in seg.ambiguous if c.id != chosen.id]
                evidence = linked_evidence(
                    evidence, {evidence_key: others, "matched": chosen.matched}
                )
        out.append((seg, cand, evidence))
    return out
