"""A person's name after "the street of": the street named after him, not the man.

Arabic names a street, a square or a road by its head and then the name it honours: شارع عمر
المختار. Translation keeps that order ("the paving of the street of Omar Al-Mukhtar"), and the
name after the head then reads to the matcher as the person himself, whom a gazetteer holds
(Omar Mukhtar, the resistance leader) while it seldom holds the street. The head says what is
meant: a thoroughfare, which is no person. So a name linked to a person right after a
lower-case thoroughfare head and "of" (:data:`THOROUGHFARES`) is left unlinked (a name the
gazetteer lacks, as the street usually is). Places and bodies are left alone: "the road of
Tripoli" is the road to the town, and gold links the town as earlier sets do for "the port of
Tripoli".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.facility_of import head_before_of
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved

# English words for the streets and squares of a town (the heads Arabic names them with:
# شارع، ميدان، ساحة، طريق، جادة، دوار): data/place_words.yaml, thoroughfares
THOROUGHFARES = frozenset(word_list("normx.resolve", "place_words.yaml", "thoroughfares"))


def street_persons_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each person link right after "<thoroughfare> of" undone (see the
    module)."""
    out: list[Resolved] = []
    text = linker.text
    for seg, cand, evidence in resolved:
        if cand is not None and cand.type == "PER":
            head = head_before_of(text, linker.tokens[seg.first].start, 30)
            if head in THOROUGHFARES:
                out.append((seg, None, {"street_of": head}))
                continue
        out.append((seg, cand, evidence))
    return out
