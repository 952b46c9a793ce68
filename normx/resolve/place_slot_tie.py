"""A lone word tied between one place and bodies, where the text puts a place: the place.

"swarms coming from Al-Jazair and Al-Nijer", "the strain that appeared in Tunis and
Al-Jazair": MT leaves الجزائر transliterated, and "Al-Jazair" reaches Algeria (الجزائر, across
scripts) and the channel Al Jazeera (by its English spelling) at nearly one score, so the
linker calls no winner (articles-v47, three times). The text has already said which kind of
thing it names: a place, after a preposition of place ("from", "in", "to",
:data:`~normx.detect.lexicon.Lexicon.locative`, an article aside) or a compass noun's "of"
("the south of Al-Jazair"), or joined by "and" to a name linked to a place ("Tunis and
Al-Jazair"). So a one-unit segment left unlinked among tied candidates of which exactly one
entity is a place and every other a body takes the place, when it stands in such a slot.

The mirror of :mod:`normx.resolve.place_slot_body` (a body reached by a loose likeness in a place's
slot is unlinked). Not for a tie holding a person (a person's name after "from" is common:
"a letter from Haftar"), nor for a place reached only by a fuzzy likeness of spelling (the
weakest evidence the matcher gives: the tie is chance) or by part of its name ("in the Al-Azhar"
ties Al-Azhar Park with the mosque and the university: the park is one word short, no better
a place than the others are bodies; articles-v41), nor for a body the document links
elsewhere (the word is then that body's short form), nor before a body's head noun ("to the
Al-Jazair channel").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.tokens import lower_word_after
from normx.resolve.place_slot_body import in_place_slot
from normx.resolve.segment import WHOLE_COVERAGE, Resolved, coverage, linked_evidence

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

FUZZY = "fuzzy"
# "the south of Al-Jazair": a compass noun and "of" before the word say it is a place's part
_COMPASS_OF = re.compile(
    r"\b(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|"
    r"northwest|southeast|southwest)[ \t]+of[ \t]+(?:the[ \t]+)?$"
)
_AND = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?")  # "Tunis and Al-Jazair"


def _lone_place(tied: tuple[Candidate, ...]) -> Candidate | None:
    """The one place of *tied* when every other candidate is a body; None otherwise."""
    places = {c.id: c for c in tied if c.type == "LOC"}
    if len(places) != 1 or any(c.type not in ("LOC", "ORG") for c in tied):
        return None
    place = next(iter(places.values()))
    if place.method == FUZZY or coverage(place)[1] < WHOLE_COVERAGE:
        return None  # a chance likeness, or one word of a longer name ("Al-Azhar Park")
    return place


def place_slot_ties(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone word tied between one place and bodies linked to the place
    when the text puts a place there (see the module docstring)."""
    out = resolved
    text, tokens = linker.text, linker.tokens
    heads = rt.lex.body_heads | rt.lex.unit_heads
    linked_ids = {c.id for _, c, _ in resolved if c is not None}
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is not None or len(seg.ambiguous) < 2 or seg.phrase or seg.generic:
            continue
        place = _lone_place(seg.ambiguous)
        if place is None or len(linker.name_units(seg.first, seg.last)) != 1:
            continue
        if any(c.id in linked_ids for c in seg.ambiguous if c.type == "ORG"):
            continue  # the document names that body: the word may be its short form
        start, end = tokens[seg.first].start, tokens[seg.last].end
        if lower_word_after(text, end) in heads:
            continue  # "the Al-Jazair channel": a body, by its head
        if not (
            in_place_slot(text, start, rt.lex.locative)
            or _COMPASS_OF.search(text, max(0, start - 30), start)
            or _beside_place(linker, resolved, k)
        ):
            continue
        if out is resolved:
            out = list(resolved)
        others = [c.id for c in seg.ambiguous if c.id != place.id]
        more = {"place_slot": others, "matched": place.matched}
        out[k] = (seg, place, linked_evidence(evidence, more))
    return out


def _beside_place(linker: SpanLinker, resolved: list[Resolved], k: int) -> bool:
    """The segment is joined by "and" to the segment right before or after it, linked to a
    place."""
    text, tokens = linker.text, linker.tokens
    seg = resolved[k][0]
    for j in (k - 1, k + 1):
        if not 0 <= j < len(resolved):
            continue
        other, oc, _ = resolved[j]
        if oc is None or oc.type != "LOC":
            continue
        gap = (
            text[tokens[other.last].end : tokens[seg.first].start]
            if j < k
            else text[tokens[seg.last].end : tokens[other.first].start]
        )
        if _AND.fullmatch(gap):
            return True
    return False
