"""A place name after a capitalised compass word is a longer name, not the bare place.

"the stations of Al-Khums and Western Tripoli": inside a sentence, "Western" capitalised
before a place says the two words are one name (غرب طرابلس, the Tripoli West power station;
"Eastern Ghouta", "Southern Sudan"), not the place with a direction said of it, which English
writes in lower case ("in western Tripoli", "eastern Libya"). The detector takes the compass
word for an adjective (it is one in "Western powers"), so the place alone reaches the linker,
and its exact match would name the town for what the text calls another thing.

So a place link right after a capitalised compass word that does not open its sentence is
undone. The gazetteer may hold the longer name in English's other order, the compass noun
after the place ("Tripoli West Power Station", the Arabic order غرب طرابلس read back) or
before it ("East Ghouta"): the matcher is asked for "<place> <West>" and "<West> <place>",
and a place or body that wins clearly (:func:`~normx.match.candidate.clear_best`), with every
word of the query explained and both words in its English name, is the link. Lower-case
compass words, and a compass word opening a sentence (where any word has a capital), leave
the link alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import clear_best
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.segment import is_clean
from normx.text.latin import fold
from normx.text.resources import word_table

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

# the English compass adjectives (folded) and their nouns: data/compass.yaml, adjectives
COMPASS = word_table("normx.resolve", "compass.yaml", "adjectives")
MARGIN = 0.05  # no second candidate this close to the longer name's best


def compass_places_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each place link right after a capitalised compass word undone, or
    moved to the longer name the gazetteer holds (see the module)."""
    out: list[Resolved] | None = None
    tokens = linker.tokens
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or cand.type != "LOC" or seg.first == 0:
            continue
        own, before = tokens[seg.first], tokens[seg.first - 1]
        if own.sent_start or linker.text[before.end : own.start] not in (" ", "\t"):
            continue  # the compass word right before the name, a blank between
        if not before.cap or before.sent_start or before.form not in COMPASS:
            continue
        if out is None:
            out = list(resolved)
        forms = {tokens[t].form for t in range(seg.first, seg.last + 1)}
        place = linker.surface(seg.first, seg.last)
        longer = _longer_name(rt, place, forms, COMPASS[before.form])
        if longer is None:
            out[k] = (seg, None, {"compass": before.form})
        else:
            out[k] = (seg, longer, {**evidence, "compass": before.form, "matched": longer.matched})
    return resolved if out is None else out


def _longer_name(rt: Runtime, place: str, forms: set[str], noun: str) -> Candidate | None:
    """The place or body "<place> <noun>" or "<noun> <place>" names, clearly and whole; its
    English words must hold the noun and a word of the place (*forms*, folded)."""
    for query in (f"{place} {noun}", f"{noun} {place}"):
        best = clear_best(rt.match(query), NO_MATCH_THRESHOLD, MARGIN)
        if best is None or best.type == "PER" or not is_clean(best):
            continue
        words = rt.english_words(best.id)
        if fold(noun) in words and forms & words:
            return best
    return None
