"""The complement of a French facility head is the facility's name, not the place's.

AFP copy names a facility in French with a lower-case head and a complement: "le stade de
Benina", "le barrage de Derna", "l'aéroport de Mitiga". The name is the facility's: the
detector starts the span at the head (``lower_heads`` of the gloss lexicon's French section,
:func:`~normx.detect.french_names.lower_head_before`), so that a gazetteer holding the facility
links the whole. When none does, the span falls back on its pieces and the complement, a town's
name, links to the town ("Derna"); but the text names the dam, which the gazetteers lack, and
not the town (English writes the town apart: "the dam above Derna"). So a place linked from
the complement right after such a head and its connector (de, d', du, des, de la) is no
mention of the place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from normx.detect.french_names import lower_heads
from normx.match.candidate import Candidate

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

_BEFORE = 40  # characters read before the complement


@cache
def _head_then_connector() -> re.Pattern[str]:
    """A head (folded: "aeroport") then its connector, at the end of the text before."""
    heads = "|".join(re.escape(h) for h in sorted(lower_heads(), key=len, reverse=True))
    connector = r"(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+|d['’])"
    return re.compile(rf"(?<![\w-])(?:{heads})[ \t]+{connector}$")


def _unaccented(text: str) -> str:
    """*text* without its accents ("aéroport" -> "aeroport"); apostrophes and case kept,
    unlike :func:`~normx.text.latin.fold` (the head is read in lower case only)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def facility_complement(linker: SpanLinker, seg: Seg, cand: Candidate | None) -> bool:
    """*cand* is a place linked from the complement of a lower-case French facility head."""
    if cand is None or cand.type != "LOC" or not lower_heads():
        return False
    start = linker.tokens[seg.first].start
    before = _unaccented(linker.text[max(0, start - _BEFORE) : start])
    return _head_then_connector().search(before) is not None
