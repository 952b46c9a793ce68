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

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.resolve.document import Mention

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


def orphan_coref_mentions(mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """*mentions* without the coreference links whose antecedent became an unlinked mention.

    The same rule once the segments are mentions: passes over the mentions may still turn the
    antecedent into an unknown body's name. "And the head of the Municipal Council of Jado ...
    said that the Council will ..." (articles-v55, 5501): the segment "Municipal Council" took
    the Central Committee for Municipal Council Elections by two words of its name, "the Council"
    took it as its antecedent, and only then did the mention become "Municipal Council of Jado",
    unlinked, an unknown body named by its seat (unknown_body_seat.py): "the Council" is that
    body, not the elections committee. A coreference link whose evidence names as antecedent a
    span that opens an unlinked mention is dropped, and a chain falls whole. Session 34 (h-v55).
    """
    unlinked = {m.start for m in mentions if m.id is None}
    if not unlinked:
        return tuple(mentions)
    out: list[Mention] = []
    for m in mentions:
        ante = m.evidence.get("antecedent") if m.id is not None else None
        if m.method == "coref" and isinstance(ante, dict) and ante.get("start") in unlinked:
            evidence = {k: v for k, v in m.evidence.items() if k not in ("antecedent", "matched")}
            m = Mention(m.start, m.end, m.text, None, None, m.type, 0.0, "none", evidence)
            unlinked.add(m.start)
        out.append(m)
    return tuple(out)
