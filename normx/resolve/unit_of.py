"""A place after "the governorate of" is the governorate: "from the governorate of Kafr Al-Sheikh".

Arabic names an administrative unit by its designator and its seat: محافظة كفر الشيخ, "the
governorate of Kafr El Sheikh". Gazetteers hold the unit under the seat's name with the
designator after it ("Kafr El Sheikh Governorate") and the town under the bare name, so the
translation's "the governorate of Kafr Al-Sheikh" puts the designator out of the span, and
the bare name links to the town. The text said which one it means.

So a place name (or an unlinked name) right after a lower-case administrative designator and "of"
(``administrative`` of ``heads.yaml``: governorate, district, province, region ...) is
matched again as "<name> <Designator>"; a place whose matched name holds the designator,
found so by its spelling (not a likeness) with a score that decides on its own
(:data:`MIN_SCORE`), is the link. A unit named for another form of the name ("the
governorate of Marsa Matrouh": Matrouh Governorate, named for the region, not the city) is
left alone; the writer may mean the city, and the text does not say the unit's own name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.designators import administrative_words
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_SCORE = 0.9  # the designated name's match: as close as a spelled-out name
_UNIT_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _after_of(text: str, start: int) -> bool:
    """The cheap first test of :data:`_UNIT_OF`: the text before *start* ends with blanks
    (a line break after them at most, where ``$`` also matches) after "of" or "the". Most
    places follow no such words; the pattern, tried at every offset of its window, is asked
    only when they do."""
    end = start - 1 if start > 0 and text[start - 1] == "\n" else start
    k = end
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k < end and (text.endswith("of", 0, k) or text.endswith("the", 0, k))


def units_of(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each place after "<designator> of" linked to the unit it designates."""
    out: list[Resolved] = []
    admin = administrative_words()
    text = linker.text
    for seg, cand, evidence in resolved:
        if (cand is None or cand.type == "LOC") and not (seg.phrase or seg.generic):
            start = linker.tokens[seg.first].start
            found = (
                _UNIT_OF.search(text, max(0, start - 40), start) if _after_of(text, start) else None
            )
            unit = found.group(1) if found is not None else None
            if unit in admin:
                surface = linker.surface(seg.first, seg.last)
                hits = rt.match(f"{surface} {unit.capitalize()}")
                best = hits[0] if hits else None
                if (
                    best is not None
                    and best.type == "LOC"
                    and best.score >= MIN_SCORE
                    and best.method not in LIKENESS_METHODS
                    and (cand is None or best.id != cand.id)
                    and unit in fold(best.matched).split()
                ):
                    cand = best
                    evidence = linked_evidence(evidence, {"unit_of": unit, "matched": best.matched})
        out.append((seg, cand, evidence))
    return out
