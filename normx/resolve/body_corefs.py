"""The one-word coreference links to bodies in a document, and the bodies it links by name.

Several document rules re-judge a bare body word that coreference linked ("Confederation",
"the Ifriqi"): each needs the same two readings of the resolved spans, kept here so they agree
on what counts as a one-word coreference and as a body the document named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate

if TYPE_CHECKING:
    from normx.resolve.segment import Resolved, Seg

COREF = "coref"


def one_word_body_corefs(resolved: list[Resolved]) -> list[int]:
    """The positions in *resolved* of one-word spans linked to a body by coreference."""
    return [
        k
        for k, (seg, cand, _) in enumerate(resolved)
        if cand is not None
        and cand.method == COREF
        and cand.type == "ORG"
        and seg.first == seg.last
    ]


def bodies_named(resolved: list[Resolved]) -> dict[str, Candidate]:
    """The bodies *resolved* links other than by coreference, by id (the first link of each)."""
    linked: dict[str, Candidate] = {}
    for _, cand, _ in resolved:
        if cand is not None and cand.type == "ORG" and cand.method != COREF:
            linked.setdefault(cand.id, cand)
    return linked


def coref_moved(
    seg: Seg, cand: Candidate, evidence: dict[str, Any], to: Candidate, note: dict[str, Any]
) -> Resolved:
    """*seg*'s coreference link *cand* moved to the body *to* the sentence names: the score
    stays, the antecedent goes (it named the other body), *note* says why."""
    moved = Candidate(to.id, to.name, to.type, cand.score, to.matched, COREF, {})
    kept = {key: v for key, v in evidence.items() if key != "antecedent"}
    return (seg, moved, {**kept, "matched": to.matched, **note})
