"""An entity's antecedents before a position, by bisection instead of a scan of the list.

Rules that ask how often the document named an entity before a mention
(:mod:`normx.resolve.bare_head`, :mod:`normx.resolve.headline_body`) scanned every antecedent
of the document at each generic noun: a long document (issue 4) paid its square. The list of
a document's antecedents is made once and not changed while its mentions are resolved, so its
positions per entity are indexed once, for the last list asked about.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Sequence

from normx.resolve.coref import Antecedent

# the last list indexed (held, so that its identity is not reused), its length, and the index
_LAST: list[tuple[Sequence[Antecedent], int, dict[str, tuple[list[int], list[Antecedent]]]]] = []


def _index(antecedents: Sequence[Antecedent]) -> dict[str, tuple[list[int], list[Antecedent]]]:
    if _LAST and _LAST[0][0] is antecedents and _LAST[0][1] == len(antecedents):
        return _LAST[0][2]
    by_entity: dict[str, tuple[list[int], list[Antecedent]]] = {}
    ordered = all(a.position < b.position for a, b in itertools.pairwise(antecedents))
    for a in antecedents if ordered else sorted(antecedents, key=lambda a: a.position):
        positions, antes = by_entity.setdefault(a.cand.id, ([], []))
        positions.append(a.position)
        antes.append(a)
    _LAST[:] = [(antecedents, len(antecedents), by_entity)]
    return by_entity


def named_before(antecedents: Sequence[Antecedent], eid: str, position: int) -> list[Antecedent]:
    """The antecedents of the entity *eid* before *position*, in document order (those of
    ``[a for a in antecedents if a.position < position and a.cand.id == eid]``)."""
    found = _index(antecedents).get(eid)
    if found is None:
        return []
    positions, antes = found
    return antes[: bisect_left(positions, position)]
