"""A bare word the document first wrote for a place, before a stranger's nisba: the place.

"The rehabilitation of the station of Ubari ... the engineer Salah Al-Ubari said ... the delay
of the station of Ubari": Arabic family names are often the nisba of a town (الأوباري, "the
one from Ubari"), and coreference reads the last word of an unknown name written in full as
that unknown person when it comes back alone ("Abdel Moneim Al-Ghaithi" ... "Al-Ghaithi").
But when the document had already written the same bare word for a place, and linked it
there, before the person appeared, the word is the place's name in that document: a person
said by his nisba does not take the town's name over from the text that named the town
first. So the unknown-name reading is refused when an earlier segment, before the unknown
name, has the same query words and the same link as the word now read.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.match.candidate import Candidate
from normx.resolve.segment import Seg


def place_named_first(
    segs: Sequence[Seg],
    seg_forms: Sequence[Sequence[str]],
    pos: int,
    unknown: int | None,
    cand: Candidate | None,
) -> bool:
    """Segment *pos*, linked to the place *cand*, repeats the words of a segment before
    *unknown* (the unknown name it would be read as) that was linked to the same place."""
    if unknown is None or cand is None or cand.type != "LOC":
        return False
    forms = list(seg_forms[pos])
    return any(
        segs[p].cand is not None and segs[p].cand.id == cand.id and list(seg_forms[p]) == forms
        for p in range(unknown)
    )
