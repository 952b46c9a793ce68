"""A word after "the airport of" is the facility whose name holds it, not a look-alike place.

Arabic names a facility by its head and then the place (مطار تمنهنت), and translation keeps
that order with "of": "Al-Kouni went to the airport of Tamanhint". The gazetteer holds the
facility with the head after the name ("Tamanhint Air Base"), so the lone word is a loose
match of the longer name at best (0.78 by one of its words). :mod:`normx.resolve.facility_of`
reads such a word again as "<name> <Head>" when nothing linked it; a small gazetteer links it
to the facility by that one word. Among 40,000 places the word first meets a village spelled
a vowel apart (Taminhint, 0.94 by likeness), and the village won on the word alone, though the
text said the word names an airport.

What the text says still holds: the word names a facility, and a place matched only by
likeness is chance. So a one-word segment linked by likeness (phonetic, fuzzy, cross-script) to
a place, written right after a lower-case facility head and "of" (``facility`` of
``heads.yaml``: airport, base, port ...), is linked to the one record among the matcher's
answers for the word whose English names hold the word letter for letter and a head of the
kind said (:func:`kind_words`: the head itself, or for an air field any of theirs, "the airport
of X" for "X Air Base" being one translation's head for another's; "the airport of Sebha" is
not Sebha University). None, or
several: the place stands (the head may be a place's own: "the port of Zuwara" is the town's
port, and a town linked by its own name is not a look-alike). The sibling of
:mod:`normx.resolve.body_head_word`, which reads a body's head written right before the word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.facility_of import head_before_of
from normx.resolve.segment import Resolved, linked_evidence, lookalike_place_word
from normx.text.normalize import normalize_name
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


# heads of a field aircraft use: translations name one such facility by any of them. "base"
# is none of them: a naval or army base is no airfield, and the text gives only the head's last
# word ("the naval base of X"), so a base asks for a name holding "base" ("X Air Base") itself
AIR_HEADS = frozenset(word_list("normx.resolve", "place_words.yaml", "air_heads"))


def kind_words(head: str) -> frozenset[str]:
    """The English words that name a facility of the kind *head* says."""
    return AIR_HEADS if head in AIR_HEADS else frozenset({head})


def _facility_holding(rt: Runtime, surface: str, head: str, not_id: str) -> Candidate | None:
    """The one record among the matcher's answers for *surface* (other than *not_id*) whose
    English names hold its one word as written and a word of *head*'s kind; None otherwise."""
    word = normalize_name(surface)
    if not word or " " in word:
        return None
    heads = kind_words(head)
    found = {
        c.id: c
        for c in rt.match(surface)
        if c.id != not_id
        and c.type != "PER"
        and word in (names := rt.english_words(c.id))
        and not heads.isdisjoint(names)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def facility_head_words(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each look-alike place after "<facility head> of" relinked to the
    facility whose name holds the word (see the module)."""
    out: list[Resolved] = []
    heads = rt.lex.facility_heads
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and lookalike_place_word(seg, cand, evidence)
            and not (seg.phrase or seg.generic)
        ):
            head = head_before_of(linker.text, linker.tokens[seg.first].start)
            if head is not None and head in heads:
                surface = linker.surface(seg.first, seg.last)
                found = _facility_holding(rt, surface, head, cand.id)
                if found is not None:
                    cand = found
                    evidence = linked_evidence(
                        evidence, {"facility_head": head, "matched": found.matched}
                    )
        out.append((seg, cand, evidence))
    return out
