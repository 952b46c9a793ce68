"""A coreference link whose antecedent ended up unlinked is no link either.

Coreference reads the document once, with each segment's first decision: "the Federation"
took "International Federation", which the matcher had tied to the International Federation
of Journalists by two words of its name. Later rules read that antecedent again and left it
unlinked (a body's head noun and a modifier name no body the gazetteer holds), but the short
mentions that took it as their antecedent kept the link it no longer has: three "Federation"
of articles-v39's 3903 went to the journalists' federation the text never names. A link
resting on an antecedent is only as good as the antecedent, so when the segment the evidence
names as antecedent is finally unlinked, the coreference link is dropped too. Session 23
(h-v39fix23). The segments are read in order, so a chain falls whole: a second "Authority"
whose antecedent is the first "Authority", itself dropped here (session 26, h-eastern26).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved


def orphan_corefs_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* without the coreference links whose antecedent segment is unlinked."""
    unlinked = {linker.tokens[seg.first].start for seg, cand, _ in resolved if cand is None}
    if not unlinked:
        return resolved
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        ante = evidence.get("antecedent") if cand is not None else None
        if isinstance(ante, dict) and ante.get("start") in unlinked:
            cand = None
            evidence = {k: v for k, v in evidence.items() if k not in ("antecedent", "matched")}
            # a chain: a later repeat whose antecedent is this repeat falls with it
            unlinked.add(linker.tokens[seg.first].start)
        out.append((seg, cand, evidence))
    return out
