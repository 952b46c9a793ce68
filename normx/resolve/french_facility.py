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

The head may carry an adjective ("base aérienne d'al-Joufra": ``head_adjectives`` of the
French section) and the complement the Arabic article; the tokeniser then starts the span at
the name only ("Joufra"). :func:`named_facility` asks the matcher for head and complement
together, and the facility they name (Al Jufra Air Base), found cleanly with no rival close,
is the link in the place's stead.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from normx.detect.french_names import head_adjectives, lower_heads
from normx.match.candidate import Candidate, clear_best
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.segment import is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

_BEFORE = 40  # characters read before the complement
MARGIN = 0.05  # no second candidate this close to the facility the head and complement name


@cache
def _head_then_connector() -> re.Pattern[str]:
    """A head (folded: "aeroport"), perhaps its adjective ("base aerienne"), then its
    connector and perhaps the Arabic article ("d'al-"), at the end of the text before."""
    heads = "|".join(re.escape(h) for h in sorted(lower_heads(), key=len, reverse=True))
    adjectives = "|".join(re.escape(a) for a in sorted(head_adjectives(), key=len, reverse=True))
    adjective = rf"(?:[ \t]+(?:{adjectives}))?" if adjectives else ""
    connector = r"(?:de[ \t]+la[ \t]+|de[ \t]+|du[ \t]+|des[ \t]+|d['’])"
    article = r"(?:(?:al|el)-)?"
    return re.compile(rf"(?<![\w-])(?:{heads}){adjective}[ \t]+{connector}{article}$")


def _unaccented(text: str) -> str:
    """*text* without its accents ("aéroport" -> "aeroport"); apostrophes and case kept,
    unlike :func:`~normx.text.latin.fold` (the head is read in lower case only). ASCII text
    has no accent to take off (NFKD leaves it as it is): most windows of English news."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def facility_complement(linker: SpanLinker, seg: Seg, cand: Candidate | None) -> bool:
    """*cand* is a place linked from the complement of a lower-case French facility head."""
    if cand is None or cand.type != "LOC" or not lower_heads():
        return False
    start = linker.tokens[seg.first].start
    before = _unaccented(linker.text[max(0, start - _BEFORE) : start])
    return _may_end_in_connector(before) and _head_then_connector().search(before) is not None


def _may_end_in_connector(before: str) -> bool:
    """*before* ends as a match of :func:`_head_then_connector` must: a connector ("de",
    "la", "du", "des" and spaces or tabs; "d'"), perhaps "al-"/"el-" after it, "$" perhaps
    before a final newline. Exact (a necessary condition), and cheap beside the search, which
    tries every offset of the window (session 34)."""
    end = before[:-1] if before.endswith("\n") else before
    if end.endswith(("al-", "el-")):
        end = end[:-3]
    spaced = end.rstrip(" \t")
    if len(spaced) != len(end):
        return spaced.endswith(("de", "la", "du", "des"))
    return end.endswith(("d'", "d’"))


def named_facility(
    linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate | None
) -> Candidate | None:
    """The facility the head and its complement name together ("base aérienne d'al-Joufra"
    is Al Jufra Air Base), matched cleanly and with no rival close; None when no gazetteer
    record is that facility (the place the complement also names is no link either way)."""
    start = linker.tokens[seg.first].start
    low = max(0, start - _BEFORE)
    written = linker.text[low:start]
    before = _unaccented(written)
    found = _head_then_connector().search(before)
    if found is None or len(before) != len(written):  # offsets hold only if no letter split
        return None
    phrase = linker.text[low + found.start() : linker.tokens[seg.last].end]
    best = clear_best(rt.match(phrase), NO_MATCH_THRESHOLD, MARGIN)
    if best is None or best.type == "PER" or not is_clean(best):
        return None
    return None if cand is not None and best.id == cand.id else best
