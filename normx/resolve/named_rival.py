"""A word too close to call between places or bodies: the one the document names elsewhere.

The matcher leaves a bare word undecided when two names are about as close to it: in a large
gazetteer "Tarabulus" resembles the village Trabelsi (0.85, by sound) about as much as
Tripoli's Arabic name طرابلس (0.81, across scripts). A reader does not hesitate when the
article names Tripoli in full elsewhere and the village nowhere: a document keeps one sense
for a place. :func:`_among_candidates` in :mod:`normx.resolve.references` settles such a tie
only when the document's own words for the entity hold the word; here the document's firm
links settle it whatever words they used, provided exactly one of the close candidates is
named, and every one of them is a place or a body (persons have their own rules: a surname
close to a namesake's is settled by who was written in full).
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent


def named_in_document(
    antecedents: Sequence[Antecedent], position: int, close: Sequence[Candidate]
) -> Antecedent | None:
    """The nearest antecedent (earlier first, then later) of the one entity among *close* that
    the document links firmly elsewhere (*antecedents*, in document order), or None when none
    or several of them are named, or when a person is among *close*."""
    if len(close) < 2 or any(c.type == "PER" for c in close):
        return None
    ids = {c.id for c in close}
    named = [a for a in antecedents if a.cand.id in ids and a.position != position]
    if len({a.cand.id for a in named}) != 1:
        return None
    before = [a for a in named if a.position < position]
    return before[-1] if before else named[0]
