"""A body named "X of PLACE" whose gazetteer name is "X SC (PLACE)", "X (PLACE)" or "X, PLACE".

Wikipedia article titles, and the gazetteers built from them, keep namesakes apart by a
qualifier: "Al-Ahly SC (Benghazi)", "Al-Ahli SC (Tripoli)" and "Al Ahly SC" (Cairo) are three
clubs called النادي الأهلي. News, and machine translation of النادي الأهلي ببنغازي, write the
qualifier as an of-complement: "Al-Ahly of Benghazi". The whole phrase scores too low to link
(the "of" and the designator "SC" are not in the gazetteer name), and its head alone ties
between the namesakes, so "Al-Ahly" stayed unlinked.

The complement settles the tie: when exactly one of the head's candidates (its link, or the
namesakes it ties with) has an English name whose qualifier is the complement, spelled so or
as the place the complement links to ("Al-Ittihad of Tarabulus": Tripoli), the head is that
one body. The complement stays a mention of the city, which the text does name. The rule reads
only the shape of the gazetteer name, never a word list: it holds for clubs, branches and
offices alike ("Red Crescent (Misrata)").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.segment import Seg
from normx.resolve.unsaid_qualifier import qualifier_of
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

OF = "of"


def name_qualifier(name: str) -> str | None:
    """The folded qualifier of a gazetteer name ("benghazi" of "Al-Ahly SC (Benghazi)" or of
    "Al-Ahly, Benghazi"); None when the name has none."""
    qualifier = qualifier_of(name)
    return fold(qualifier) or None if qualifier is not None else None


def of_qualified(linker: SpanLinker, first: int, last: int) -> Seg | None:
    """The head X of the span ``first``..``last`` ("X of PLACE") linked to the one namesake
    the of-complement qualifies (see the module docstring); None when the span is not so
    shaped or the complement picks out no single candidate of X. The complement stays a
    mention of its own: the text does name the city."""
    tokens = linker.tokens
    ofs = [i for i in range(first + 1, last) if tokens[i].form == OF]
    if len(ofs) != 1:
        return None
    k = ofs[0]
    head = linker.link(first, k - 1)
    cands: list[Candidate] = [head.cand] if head.cand is not None else []
    cands.extend(head.ambiguous)
    if not cands or any(c.type == "PER" for c in cands):
        return None
    said = {fold(linker.surface(k + 1, last))}
    place = linker.link(k + 1, last).cand
    if place is not None and place.type == "LOC":
        said.add(fold(place.name))
    chosen = {c.id: c for c in cands if name_qualifier(c.name) in said}
    if len(chosen) != 1:
        return None
    (cand,) = chosen.values()
    qualified_by = linker.surface(k + 1, last)
    return Seg(first, k - 1, cand, head.partial, extra={"qualified_by": qualified_by})
