"""A lone word that opens an unknown name the document writes: that name, not a look-alike.

Translated news shortens a place to its first word once it has written it in full ("Kouri
Bougoudi" ... "found in Kouri hundreds of wells"), as it shortens a person to his family name.
When no gazetteer holds the full name, the short form is still that unknown place; but the one
word, matched alone, is a loose likeness of thousands of names, and finds one ("Kouri" ~
Korea, one vowel apart). The document said what the word is short for.

So a segment of one name unit linked only by likeness (:data:`LIKENESS_METHODS`: a spelling
match stands) whose word is the first word of an unlinked name of two units or more elsewhere
in the document, written the same, is left unlinked: the short form of that unknown name.
:mod:`normx.resolve.references` reads the *last* word of an unknown person's name so
("Al-Ghaithi" after "Abdel Moneim Al-Ghaithi"); this reads the first, which is how places
shorten.

A name that ends in a facility's head noun ("Tarablus International Stadium", "Kouri Airport")
is not shortened so: it is a facility named after the place its first word names, and that
word alone ("the supporters in Tarablus") is the place, not the stadium.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.segment import Resolved

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def unknown_shorts(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone word linked by likeness unlinked when it opens an unknown name
    of the document (see the module)."""
    opened: dict[str, str] = {}  # first word -> the unknown name it opens
    facilities = linker.lex.facility_heads
    for seg, cand, _ in resolved:
        if cand is None and not (seg.phrase or seg.generic):
            units = linker.name_units(seg.first, seg.last)
            if len(units) >= 2 and linker.forms[seg.last] not in facilities:
                opened.setdefault(units[0].forms[0], linker.surface(seg.first, seg.last))
    if not opened:
        return resolved
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and cand.method in LIKENESS_METHODS
            and "antecedent" not in evidence
            and not (seg.phrase or seg.generic)
        ):
            units = linker.name_units(seg.first, seg.last)
            name = opened.get(units[0].forms[0]) if len(units) == 1 else None
            if name is not None:
                evidence = {k: v for k, v in evidence.items() if k != "matched"}
                evidence["short_of"] = name
                cand = None
        out.append((seg, cand, evidence))
    return out
