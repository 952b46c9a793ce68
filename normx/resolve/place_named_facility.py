"""A place written before the noun of a facility named after it is that facility.

English names a power station, a port or a conference centre by the place it serves, written
first as a modifier: "the Zawiya power station" (محطة كهرباء الزاوية), "a boat at the Zawiya
port" (ميناء الزاوية), "the Ouagadougou conference centre" in Sirte (قاعة واغادوغو). The words
are one name, of a facility, and the place word is no mention of the town: the article sets'
gold marks the whole phrase, a nil name when no gazetteer holds the facility (articles-v7,
v17, v25, v50) and the entity when one does (the Tripoli West power station). The detector's
span holds the capitalised place word alone, which links exactly to the town.

So a segment linked to a place and followed, on the same line and with no possessive between,
by a lower-case noun of ``data/place_named_heads.yaml`` (one or two words) is unlinked, unless
the record's own English names hold the noun's words ("Port of Benghazi", "Tripoli West Power
Station": the gazetteer's facility, which the text names). The pipeline then matches the words
with the noun again (:func:`~normx.resolve.pipeline._facility`), so a facility the gazetteer
holds under the compound still links.

Nouns after which the gold keeps the town ("the Zawiya refinery", "the Misrata hospital", "a
Tripoli court") are not in the list; :func:`~normx.resolve.references._place_of_a_facility`
reads those, and leaves the place when the words with the noun name nothing.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from normx.resolve.segment import Resolved
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

_WORDS_AFTER = re.compile(r"[ \t]+([a-z]+)(?:[ \t]+([a-z]+))?")


@cache
def place_named_heads() -> frozenset[tuple[str, ...]]:
    """The nouns of ``data/place_named_heads.yaml``, each as its folded words."""
    heads = word_list("normx.resolve", "place_named_heads.yaml", "heads")
    return frozenset(tuple(fold(h).split()) for h in heads)


def head_after(text: str, end: int) -> tuple[str, ...] | None:
    """The words of a place-named facility noun written right after offset *end* on the same
    line ("power station" after "the Zawiya"), the longest that the list holds; None when
    none follows (a capital, punctuation or another word comes first)."""
    m = _WORDS_AFTER.match(text, end)
    if m is None:
        return None
    heads = place_named_heads()
    two = (m.group(1), m.group(2)) if m.group(2) else None
    if two is not None and two in heads:
        return two
    one = (m.group(1),)
    return one if one in heads else None


def _own_words(rt: Runtime, cand: Candidate) -> frozenset[str]:
    """The folded words of the record's English names ("Port of Benghazi": port)."""
    record = rt.normalizer.by_id.get(cand.id)
    names = record.names("en") if record is not None else (cand.name,)
    return frozenset(w for n in names for w in fold(n).replace("-", " ").split())


def place_named_facilities_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with a place before a place-named facility noun unlinked (module
    docstring)."""
    text = linker.text
    tokens = linker.tokens
    out: list[Resolved] | None = None
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or cand.type != "LOC" or seg.phrase or tokens[seg.last].possessive:
            continue
        head = head_after(text, tokens[seg.last].end)
        if head is None or set(head) <= _own_words(rt, cand):
            continue
        if out is None:
            out = list(resolved)
        out[k] = (seg, None, {**evidence, "facility_named": cand.id, "head": " ".join(head)})
    return resolved if out is None else out
