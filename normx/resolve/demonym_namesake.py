"""A demonym before a body's name picks that country's body: "the Greek Coast Guard".

Every coastal state has a coast guard, and a gazetteer holds several, each under its own
English name ("Libyan Coast Guard", "Hellenic Coast Guard") and with an Arabic name that ends
in the country's adjective (خفر السواحل الليبي, خفر السواحل اليوناني). A demonym opening a span
is context (:mod:`normx.resolve.context_words`), so the linker decides the rest alone, "Coast
Guard", which the gloss lexicon reaches in every one of them and the frame (Libya,
:mod:`normx.resolve.country_frame`) settles for the Libyan one. The demonym the text wrote is
the evidence that decides, and the linker left it out.

:mod:`normx.resolve.demonym_body` asks the whole range again, demonym included, for a span that
yields nothing; this asks it for a span whose rest is a body's name, linked or tied between
namesakes (which the frame or coreference would then settle): when the whole range
links to another organisation (the linker's decision, thresholds and ties as for any range)
whose names carry the demonym (its English name holds the word, or its Arabic name a gloss of
it: greek -> اليوناني), that body is the span's link. The rest's body is kept when it carries
the demonym itself, or when the whole range finds nothing firmer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.demonym_body import demonym_body_segs
from normx.resolve.generic import arabic_words
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.detect.spans import Span
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def _carries(rt: Runtime, record_id: str, demonym: str) -> bool:
    """The record's English names hold the demonym, or its Arabic names a gloss of it."""
    if demonym in rt.english_words(record_id):
        return True
    glosses = _adjectives(rt, demonym)
    return bool(glosses) and any(glosses & set(name) for name in rt.arabic_names(record_id))


def _adjectives(rt: Runtime, demonym: str) -> frozenset[str]:
    """The Arabic words the gloss lexicon renders the demonym with, as arabic_words gives
    them (article dropped): greek -> يوناني, يونانيه."""
    slots = rt.normalizer.gloss_matcher.gloss(demonym)
    return frozenset(
        w
        for slot in slots
        if slot.place
        for r in slot.renderings
        for w in arabic_words(" ".join(r))
    )


def demonym_namesake(linker: SpanLinker, rt: Runtime, span: Span, found: list[Seg]) -> list[Seg]:
    """*found*, or the whole span's one segment when its demonym picks another body (see the
    module docstring)."""
    if len(found) != 1 or span.phrase:
        return found
    seg = found[0]
    first, _ = linker.trim(span.first, span.last)
    cand = seg.cand
    if (cand is not None and cand.type != "ORG") or seg.first != first + 1 or not seg.context:
        return found
    demonym = linker.forms[first]
    if demonym not in linker.lex.demonyms or (cand is not None and _carries(rt, cand.id, demonym)):
        return found
    whole = demonym_body_segs(linker, span)
    if not whole or whole[0].cand is None or (cand is not None and whole[0].cand.id == cand.id):
        return found
    if not _carries(rt, whole[0].cand.id, demonym):
        return found
    return whole
