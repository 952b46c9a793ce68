"""Two places or two persons joined by a hyphen: a crossing, a road, a political tandem.

News names a crossing or a route by the places at its two ends, joined by a hyphen
("Dhehiba-Ouazen", "Ras Jedir-Ben Guerdane"). No gazetteer holds the pair; each side is a place
of its own. The sub-span search carves a lone word out of a longer span only when it spells a
gazetteer name exactly (a surname carved from "Jumaa Al-Gharbawi" must not link a village), so
two transliterations that each match only closely stay one unknown name. Here a span of exactly
two name words joined by a hyphen, both capitalised, is two mentions when each word alone links
cleanly, as a whole name, to a place: two places side by side are no person's name.

News joins two persons the same way ("the tandem Saleh-Bachagha", "the Sarraj-Erdogan
memorandum"), by their surnames. The matcher, which sees one span at a time, finds no one
person with both words; the document does: :func:`person_pairs` makes such an unlinked span
two mentions when each word is a word the document wrote, earlier, in the full name of one
person (one only, and not the same for both words).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.detect.units import Unit
from normx.match.candidate import Candidate
from normx.resolve.coref import covers, query_tokens
from normx.resolve.segment import Resolved, Seg, is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def hyphen_halves(linker: SpanLinker, first: int, last: int) -> tuple[Unit, Unit] | None:
    """The two name words of a span of exactly two capitalised words joined by a hyphen."""
    units = linker.name_units(first, last)
    if len(units) != 2:
        return None
    a, b = units
    tokens = linker.tokens
    if a.first != first or b.last != last or b.first != a.last + 1:
        return None
    if not tokens[b.first].hyphen_before or not (tokens[a.first].cap and tokens[b.first].cap):
        return None
    return a, b


def place_pair(linker: SpanLinker, first: int, last: int) -> list[Seg] | None:
    """The two places of a hyphen-joined pair spanning ``first``..``last``, or None."""
    halves = hyphen_halves(linker, first, last)
    if halves is None:
        return None
    out = []
    for u in halves:
        seg = linker.link(u.first, u.last)
        cand = seg.cand
        if cand is None or cand.type != "LOC" or seg.partial or not is_clean(cand):
            return None
        out.append(seg)
    return out


def person_pairs(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* (segments in document order) with each unlinked hyphen-joined pair of two
    persons' words the document named in full before it made two mentions of them."""
    out: list[Resolved] = []
    named: list[tuple[Candidate, Seg, tuple[Any, ...]]] = []  # persons named in full so far
    for seg, cand, evidence in resolved:
        if cand is not None:
            if cand.type == "PER" and not seg.generic:
                words = linker.core_words(seg.first, seg.last)
                if len(words) >= 2:
                    named.append((cand, seg, tuple((w, False) for w in words)))
            out.append((seg, cand, evidence))
            continue
        pair = _pair_of_persons(linker, seg, named) if named and not seg.phrase else None
        if pair is None:
            out.append((seg, cand, evidence))
            continue
        for u, (person, said) in pair:
            tok = linker.tokens[said.first]
            found = {
                "antecedent": {"text": linker.surface(said.first, said.last), "start": tok.start},
                "matched": person.matched,
            }
            half = Seg(u.first, u.last, person, True)
            p = person
            out.append(
                (half, Candidate(p.id, p.name, p.type, p.score, p.matched, "coref", {}), found)
            )
    return out


def _pair_of_persons(
    linker: SpanLinker, seg: Seg, named: list[tuple[Candidate, Seg, tuple[Any, ...]]]
) -> list[tuple[Unit, tuple[Candidate, Seg]]] | None:
    halves = hyphen_halves(linker, seg.first, seg.last)
    if halves is None:
        return None
    out = []
    for u in halves:
        query = query_tokens([u.forms[0]])
        found: dict[str, tuple[Candidate, Seg]] = {}
        for cand, said, words in named:
            if covers(query, words):
                found[cand.id] = (cand, said)  # the latest full naming of each person
        if len(found) != 1:
            return None
        (hit,) = found.values()
        out.append((u, hit))
    if out[0][1][0].id == out[1][1][0].id:
        return None  # one person's two words: a hyphenated name of one man
    return out
