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

Two more ways of saying the unit (``unit_cues`` of ``heads.yaml``): the head of the unit ("the
governor of Madanin", محافظ/والي, heads the governorate or province, not the town) and the
unit's name in other words (ولاية as "the state of Ilizi"; the French "gouvernorat de
Médenine", "de" for "of"). A cue gives the designators to try. And when the text's spelling is a
likeness of the town (MT's "Madanin" for Medenine), the unit is found through the town the name
was linked to: "<town's canonical name> <Designator>" spelled out in the gazetteer ("Medenine
Governorate"). That is the same evidence the town link stood on, and the unit is named for that
very town; a unit named for another form ("Matrouh Governorate" beside the city "Mersa Matruh")
is still left alone.

Session 30 (h-v39fix): the designator written after the name, in lower case ("families in the
Medenine province and in neighboring Tataouine province", "from Egypt's Kafr el-Sheikh
province"), says the unit as plainly as "the governorate of": English wire copy keeps the
Arabic order's designator but not its capital. Only the designators of ``unit_after`` in
``heads.yaml`` (province, governorate), each with the designators one country's units go by in
English (a Tunisian ولاية is a "province" or a "governorate"): "the Jufra region" or "the Souq
al-Juma district" names an area or a quarter of a town as often as a unit.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.designators import administrative_words, unit_after, unit_cues
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_SCORE = 0.9  # the designated name's match: as close as a spelled-out name
_UNIT_OF = re.compile(r"\b([a-z]+)[ \t]+(?:of|de)[ \t]+(?:the[ \t]+)?$")
_UNIT_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _after_of(text: str, start: int) -> bool:
    """The cheap first test of :data:`_UNIT_OF`: the text before *start* ends with blanks
    (a line break after them at most, where ``$`` also matches) after "of", "de" or "the". Most
    places follow no such words; the pattern, tried at every offset of its window, is asked
    only when they do."""
    end = start - 1 if start > 0 and text[start - 1] == "\n" else start
    k = end
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k < end and (
        text.endswith("of", 0, k) or text.endswith("the", 0, k) or text.endswith("de", 0, k)
    )


def _unit(rt: Runtime, name: str, unit: str, cand_id: str | None) -> Candidate | None:
    """The place the gazetteer spells "<name> <Unit>" (by its spelling, not a likeness, with a
    score that decides on its own, its matched name holding the designator), unless it is
    *cand_id* itself."""
    hits = rt.match(f"{name} {unit.capitalize()}")
    best = hits[0] if hits else None
    if (
        best is not None
        and best.type == "LOC"
        and best.score >= MIN_SCORE
        and best.method not in LIKENESS_METHODS
        and best.id != cand_id
        and unit in fold(best.matched).split()
    ):
        return best
    return None


def units_of(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each place after "<designator> of" linked to the unit it designates."""
    out: list[Resolved] = []
    admin = administrative_words()
    cues = unit_cues()
    after_units = unit_after()
    text = linker.text
    for seg, cand, evidence in resolved:
        if (cand is None or cand.type == "LOC") and not (seg.phrase or seg.generic):
            start = linker.tokens[seg.first].start
            found = (
                _UNIT_OF.search(text, max(0, start - 40), start) if _after_of(text, start) else None
            )
            word = found.group(1) if found is not None else None
            units = (word,) if word in admin else cues.get(word or "", ())
            if not units:  # "the Medenine province": the designator after the name
                after = _UNIT_AFTER.match(text, linker.tokens[seg.last].end)
                word = after.group(1) if after is not None else None
                units = after_units.get(word or "", ())
            if units:
                surface = linker.surface(seg.first, seg.last)
                own = cand.id if cand is not None else None
                for unit in units:
                    best = _unit(rt, surface, unit, own)
                    if best is None and cand is not None and cand.name != surface:
                        best = _unit(rt, cand.name, unit, own)  # "Madanin": Medenine's unit
                    if best is not None:
                        cand = best
                        evidence = linked_evidence(
                            evidence, {"unit_of": word, "matched": best.matched}
                        )
                        break
        out.append((seg, cand, evidence))
    return out
