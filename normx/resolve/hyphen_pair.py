"""Two places joined by a hyphen: a border crossing or a road named by both its ends.

News names a crossing or a route by the places at its two ends, joined by a hyphen
("Dhehiba-Ouazen", "Ras Jedir-Ben Guerdane"). No gazetteer holds the pair; each side is a place
of its own. The sub-span search carves a lone word out of a longer span only when it spells a
gazetteer name exactly (a surname carved from "Jumaa Al-Gharbawi" must not link a village), so
two transliterations that each match only closely stay one unknown name. Here a span of exactly
two name words joined by a hyphen, both capitalised, is two mentions when each word alone links
cleanly, as a whole name, to a place: two places side by side are no person's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.segment import Seg, is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def place_pair(linker: SpanLinker, first: int, last: int) -> list[Seg] | None:
    """The two places of a hyphen-joined pair spanning ``first``..``last``, or None."""
    units = linker.name_units(first, last)
    if len(units) != 2:
        return None
    a, b = units
    tokens = linker.tokens
    if a.first != first or b.last != last or b.first != a.last + 1:
        return None
    if not tokens[b.first].hyphen_before or not (tokens[a.first].cap and tokens[b.first].cap):
        return None
    out = []
    for u in (a, b):
        seg = linker.link(u.first, u.last)
        cand = seg.cand
        if cand is None or cand.type != "LOC" or seg.partial or not is_clean(cand):
            return None
        out.append(seg)
    return out
