"""A lone word that only resembles a place, written in one run before an article-led word that
links to another place, opens an unknown name: "Hana al-Fituri".

"said Hana al-Fituri, a pharmacist from Misurata": under a large gazetteer "Hana" finds the
village Hanna (a letter apart) and "al-Fituri" the village Fituri (spelled), and the run is
cut into two places. Two places are not written so: a place and another place beside it are
set apart ("Hanna, Fituri", "Hanna and Fituri"), and a place with its region or district after
it is spelled as the gazetteer spells it ("Brak Al-Shati"). A given name followed by an
article-led family name is how an Arab person's name is written. So a one-word segment linked
only by likeness (phonetic, fuzzy, cross-script) to a place the document names nowhere else,
joined by blanks or a hyphen to a following one-word, article-led segment that links to a
place, and following no preposition of place ("in Hana al-Fituri"), links to nothing; the
article-led word after it is then a word of that unknown name
(:mod:`normx.resolve.name_tail_place`).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from normx.detect.units import ARTICLE
from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.locative import placed_by_preposition

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def name_head_place(
    linker: SpanLinker, segs: Sequence[Seg], pos: int, cand: Candidate, firm: Collection[str]
) -> bool:
    """Segment *pos*, linked by likeness to the place *cand* (not in *firm*: the ids the
    document names by more than a look-alike word), opens a run with an article-led word
    linked to a place (see the module docstring)."""
    if cand.type != "LOC" or cand.method not in LIKENESS_METHODS or cand.id in firm:
        return False
    seg = segs[pos]
    after = segs[pos + 1] if pos + 1 < len(segs) else None
    if after is None or after.cand is None or after.cand.type != "LOC" or after.phrase:
        return False
    if after.cand.id == cand.id or after.first != seg.last + 1:
        return False
    if len(linker.name_units(seg.first, seg.last)) != 1:
        return False
    if len(linker.name_units(after.first, after.last)) != 1:
        return False
    if linker.units[linker.unit_index[after.first]].kind != ARTICLE:
        return False
    tok = linker.tokens[after.first]
    if not tok.joined or tok.sent_start:
        return False
    return not placed_by_preposition(linker.text, linker.tokens[seg.first].start, cand)
