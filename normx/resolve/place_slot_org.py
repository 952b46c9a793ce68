"""A name after "the municipality of" names a place: a body it reaches is no link.

"the vote was held in the municipality of Tripoli Center": an administrative noun and "of"
before a name (بلدية طرابلس المركز, "municipality", "district", "city", ...: the
``administrative`` designators of ``normx/detect/data/heads.yaml`` and the settlement nouns
:data:`SETTLEMENTS`) say the name is a place's, the unit's seat or region. A body the name
reaches anyway does so by sharing words with it (Tripoli Medical Center shares "Tripoli" and
"Center" with the municipality of Tripoli Centre, which the gazetteer lacks): the type is the
wrong one for the slot, so the link is undone and the name stays a place the gazetteer lacks.
Places and persons keep their links ("the municipality of Misrata" is the town; a person
there is a mistranslation the slot cannot mend). :mod:`normx.resolve.place_slot_body` judges
a lone word after a preposition of place, where the slot is weaker and the likeness must be
too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.designators import administrative_words
from normx.resolve.facility_of import head_before_of

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved

# Source: hand-written from English nouns of a settlement (مدينة، بلدة، قرية).
SETTLEMENTS = frozenset({"city", "town", "village"})


def place_slot_orgs_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each body link right after "<administrative noun> of" undone (see the
    module)."""
    out: list[Resolved] | None = None
    nouns = administrative_words() | SETTLEMENTS
    text = linker.text
    for k, (seg, cand, _evidence) in enumerate(resolved):
        if cand is None or cand.type != "ORG":
            continue
        head = head_before_of(text, linker.tokens[seg.first].start, 40)
        if head is None or head not in nouns:
            continue
        if out is None:
            out = list(resolved)
        out[k] = (seg, None, {"place_slot": head})
    return resolved if out is None else out
