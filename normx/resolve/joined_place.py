"""A place written in two words that the gazetteer writes as one: "Deb Deb" for Debdeb.

Arabic writes a name with no word breaks inside a reduplicated or compound form (الدبداب), and
the Latin spellings split and join it by habit: "Debdeb" in one list, "Deb Deb" in a French
agency's copy (DOMAIN.md: particles and compounds "joined or hyphenated"). The matcher's pass
that pairs two adjacent words with one name part finds it, but the pipeline leaves that pass
out for every span (:meth:`~normx.resolve.runtime.Runtime.match_joined`: its cost on every
span of every text buys about one mention in a thousand). So it is asked here, for the few
names left unlinked: an unlinked name of two or three units is matched with the joining pass,
and a place or body (never a person: a given name split in two is the dropped-Abd and
compound rules' business) that wins by :data:`MARGIN`, scores :data:`MIN_SCORE` and explains
every word with a joined pair among them is the link.

A crossing named by its two ends ("Ghadamès-Deb Deb") is two places
(:mod:`normx.resolve.hyphen_pair`); with one end in two words the pair has three words, and
:func:`joined_pairs` makes such an unlinked span two mentions when a hyphen between two
capitalised words parts it into two places that each link cleanly, the joined reading
allowed on either side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate, clear_best
from normx.resolve.segment import (
    CLEAN_QUERY_COVERAGE,
    Resolved,
    Seg,
    is_clean,
    linked_evidence,
)

if TYPE_CHECKING:
    from normx.detect.units import Unit
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_SCORE = 0.9  # the joined reading: as close as a spelled-out name
MARGIN = 0.05  # no second candidate this close
MAX_UNITS = 3  # "Deb Deb", "Bir Al Ghanam": longer spans are phrases, not one split word


def _clean_joined(cand: Candidate) -> bool:
    """A joined pair among the match's pairs, which together explain (nearly) every word of
    the query: a joined pair explains two ("Deb Deb" ~ debdeb)."""
    ex = cand.explain
    pairs, said = ex.get("pairs") or (), ex.get("query_tokens") or ()
    joined = sum(1 for p in pairs if p.get("how") == "joined")
    return bool(joined and said) and (len(pairs) + joined) / len(said) >= CLEAN_QUERY_COVERAGE


def clear_joined(rt: Runtime, surface: str) -> Candidate | None:
    """The one clear best candidate of the joining pass for *surface* that a joined pair
    explains cleanly (:func:`_clean_joined`), of any type, or None.

    Asked without the matcher's widening pass (``widen=False``): that pass runs only when
    neither the names as written nor the joining pass matched at the no-match threshold, and
    then no candidate with a joined pair scores :data:`MIN_SCORE` (isolation lifts a best
    candidate only just over the threshold), widened or not; its answer holds no joined pair.
    The same answers; a thirtieth of a first pass less (benchmarks/README.md, session 33)."""
    best = clear_best(rt.match_joined(surface, widen=False), MIN_SCORE, MARGIN)
    return best if best is not None and _clean_joined(best) else None


def joined_match(rt: Runtime, surface: str) -> Candidate | None:
    """The place or body *surface* names when two of its words are one word of the name."""
    best = clear_joined(rt, surface)
    return None if best is None or best.type == "PER" else best


def _place(linker: SpanLinker, rt: Runtime, first: int, last: int) -> Candidate | None:
    """The place tokens ``first``..``last`` name cleanly, as written or joined."""
    seg = linker.link(first, last)
    cand = seg.cand
    if cand is None and not seg.partial:
        cand = joined_match(rt, linker.surface(first, last))
    elif seg.partial or not is_clean(cand):
        return None
    return cand if cand is not None and cand.type == "LOC" else None


def joined_places(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with unlinked names that are a split place linked, and hyphen-joined pairs
    of places with a split end made two mentions (see the module)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is not None or seg.phrase or seg.generic:
            out.append((seg, cand, evidence))
            continue
        units = linker.name_units(seg.first, seg.last)
        if not 2 <= len(units) <= MAX_UNITS:
            out.append((seg, cand, evidence))
            continue
        pair = _pair(linker, rt, seg, units)
        if pair is not None:
            out.extend(pair)
            continue
        found = joined_match(rt, linker.surface(seg.first, seg.last))
        if found is not None:
            cand = found
            evidence = linked_evidence(evidence, {"joined": True, "matched": found.matched})
        out.append((seg, cand, evidence))
    return out


def _pair(linker: SpanLinker, rt: Runtime, seg: Seg, units: list[Unit]) -> list[Resolved] | None:
    """The two places of a hyphen-joined span of three name *units*, one side in two words
    ("Ghadames-Deb Deb"), or None: the hyphen, not the joined reading, says where one place
    ends, so each side must link cleanly on its own."""
    tokens = linker.tokens
    if len(units) != MAX_UNITS or units[0].first != seg.first or units[-1].last != seg.last:
        return None
    for k in (1, 2):
        a, b = units[k - 1], units[k]
        t = tokens[b.first]
        if b.first != a.last + 1 or not t.hyphen_before or not (t.cap and tokens[a.first].cap):
            continue
        left = _place(linker, rt, seg.first, a.last)
        right = _place(linker, rt, b.first, seg.last) if left is not None else None
        if left is None or right is None:
            return None
        return [
            (Seg(seg.first, a.last, left, True), left, {"matched": left.matched}),
            (Seg(b.first, seg.last, right, True), right, {"matched": right.matched}),
        ]
    return None
