"""A body named after its town says the town: the place counts as named in the document.

A hospital, a base or a council the gazetteers hold under its Arabic name (مركز سبها الطبي) is
linked as one body from "Sabha Medical Center", so the town's word inside it is no mention of
its own. Yet the document has named the town: a later bare word that only resembles the town's
name ("Sebha", a spelling the gazetteer lacks) is the town the text is about, not a chance
likeness, exactly as it would be after "in Sabha" (the ``firm`` ids of
:mod:`normx.resolve.references`). The place must be spelled exactly (the trie) by a run of the
body's words and be the only place so spelled: a loose likeness inside a body's name proves
nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

MAX_PLACE_TOKENS = 3  # tokens of a town's name inside a body's name ("Bani Walid")


def places_inside(linker: SpanLinker, segs: Iterable[Seg]) -> set[str]:
    """Ids of the places spelled exactly inside the names of linked bodies of 2+ tokens."""
    out: set[str] = set()
    units, unit_of = linker.units, linker.unit_index
    for seg in segs:
        cand = seg.cand
        if cand is None or cand.type == "PER" or seg.last <= seg.first or seg.phrase:
            continue
        for first in range(seg.first, seg.last + 1):
            if units[unit_of[first]].first != first:
                continue  # no name unit starts here: no name is spelled from here (the trie's)
            top = min(seg.last, first + MAX_PLACE_TOKENS - 1)
            if linker.trie.walk(units, unit_of[first], unit_of[top] + 1) is None:
                continue  # no name starts here and ends by top: none ends any sooner either
            for last in range(first, top + 1):
                if first == seg.first and last == seg.last:
                    continue  # the body's own whole name
                if units[unit_of[last]].last != last:
                    continue  # nor ends here
                found = linker.exact_candidates(first, last) or []
                places = {c.id for c in found if c.type == "LOC" and c.id != cand.id}
                if len(places) == 1:
                    out |= places
    return out
