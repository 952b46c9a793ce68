"""The antecedents a generic noun reads, as coreference settled them: "which the Guard denied".

Coreference collects its antecedents before it resolves anything (:mod:`normx.resolve.coref`):
each linked segment with the entity the linker gave it. Coreference may then give a segment
another entity: "the Coast Guard", which the frame read as the Libyan one, is the Hellenic
Coast Guard the document named just before ("the Greek Coast Guard"). A generic noun after it
("which the Guard denied", :mod:`normx.resolve.generic`) means what that segment finally
named, not the linker's first reading. So the generic noun reads the antecedents before it
with each one's entity as resolved (the segments before it are all resolved by then).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from normx.resolve.coref import Antecedent


def settled(
    antecedents: Sequence[Antecedent], out: Sequence[tuple[Any, Any, Any]], pos: int
) -> list[Antecedent]:
    """*antecedents* with each one before position *pos* carrying the entity *out* (the
    resolved segments so far, by position) gave its segment, when that is another entity."""
    result: list[Antecedent] = []
    for a in antecedents:
        if a.position < pos and a.position < len(out):
            final = out[a.position][1]
            if final is not None and final.id != a.cand.id:
                a = Antecedent(a.position, final, a.surface, a.words, a.surface_words)
        result.append(a)
    return result
