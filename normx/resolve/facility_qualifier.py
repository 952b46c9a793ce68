"""A facility named by its town with the town's region between: "Brak Al-Shati Base".

Translation keeps the Arabic way of telling a town from its namesakes, the region after it
("براك الشاطئ", Brak of Wadi al-Shati), and shortens the facility's head ("Base" for "Air
Base"). The whole span then matches the facility (Brak Air Base) by every word but the
region's, and the linker, finding a cleaner cut (the town alone), would give the facility up
and read the rest as an unknown name. When the match leaves exactly one word of the span
unexplained, a word after the first, the span says a facility head, and every word of the
facility's name the span did not say is a facility word (a head or a part of a glued one:
"air" of "airbase"), the span is that facility with its town's region said.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from normx.match.candidate import Candidate
from normx.resolve.segment import LOOSE_METHODS
from normx.text.generic import compound_parts
from normx.text.latin import fold


@cache
def _facility_words(heads: frozenset[str]) -> frozenset[str]:
    return frozenset(p for h in heads for p in compound_parts(h)) | heads


def qualified_facility(cand: Candidate | None, facility_heads: Collection[str]) -> bool:
    """*cand*, the whole span's match, is a facility the span names with one more word
    (see the module docstring)."""
    if cand is None or cand.type != "LOC" or cand.method not in LOOSE_METHODS:
        return False
    explain = cand.explain
    query = [str(t.get("form", "")) for t in explain.get("query_tokens") or ()]
    name = [str(t.get("form", "")) for t in explain.get("matched_tokens") or ()]
    pairs = explain.get("pairs") or ()
    said = {str(p.get("query")) for p in pairs}
    named = {str(p.get("name")) for p in pairs}
    left = [i for i, w in enumerate(query) if w not in said]
    if len(left) != 1 or left[0] == 0:
        return False
    words = _facility_words(frozenset(fold(h) for h in facility_heads))
    if not any(w in words for w in said):
        return False
    unsaid = [w for w in name if w not in named]
    return bool(named - words) and all(w in words for w in unsaid)


def region_not_facility(
    forms: Collection[str],
    cand: Candidate,
    own_words: Collection[str],
    facility_heads: Collection[str],
) -> bool:
    """A later mention without a facility head ("Brak Al-Shati") that coreference would give
    the facility only through the region word the document wrote beside it: the words are
    not all the facility's own (*own_words*, its English names' folded words), and no head
    says a facility. It is the town with its region, which the facility is named after."""
    if cand.type != "LOC":
        return False
    words = _facility_words(frozenset(fold(h) for h in facility_heads))
    name = {
        p
        for w in fold(cand.matched or cand.name).replace("-", " ").split()
        for p in compound_parts(w)
    }
    if not name & words or any(f in words for f in forms):
        return False
    return any(f not in own_words for f in forms)
