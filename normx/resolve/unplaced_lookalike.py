"""A look-alike minor place for a word the text uses as a person, never as a place: no link.

"The passing of fuel and weapons through Al-Kufra to the militia of Hemedti", "the relations
between Saddam Haftar and Hemedti": the nickname is a one-off word no small gazetteer answers;
among 40,000 places it meets the village Hammadi (0.93, fuzzy), and the village took the word.
What does the document give for that village? A spelling a few letters apart, and uses of the
word that say person: the leader a militia is "of", a man named beside another man. Nothing
happens in it, at it, from it, to it ("in Hammadi", "the town of Hammadi", "south of
Hammadi").

So a one-word segment linked only by likeness (phonetic, fuzzy, cross-script; no document rule
behind it: :func:`normx.resolve.segment.lookalike_place_word`) to a place not of note (neither
a shipped place other than a village, nor a record identified with one:
:mod:`normx.resolve.standing`, :mod:`normx.resolve.twin_standing`) is left unlinked when the
text uses the word as a person's name (:func:`personal`: after "<body head> of" as "the militia
of", or joined by "and" to a name linked to a person) and no occurrence of the word in the
document is placed (:func:`placed`: right after a preposition of place, :data:`PLACING`, "the"
between them allowed, or after "<place word> of", "the town of", "south of": :data:`PLACE_OF`).
A place the text never places is too common to unlink on that alone: lists of terminals, "the
central Mediterranean", "the Debdab crossing" are places a small gazetteer links rightly by a
near spelling (the first version of this rule, without the person's uses, lost 51 right links
of the plain runs of 33 article sets); the person's uses are what contradict it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.resolve.facility_of import head_before_of
from normx.resolve.segment import Resolved, lookalike_place_word
from normx.resolve.standing import MAJOR
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

# prepositions and verbs of motion that make the next name a place ("in X", "reached X")
PLACING = frozenset(word_list("normx.resolve", "place_words.yaml", "placing"))  # data
# lower-case words before "of" that make the next name a place ("the town of X", "west of X")
PLACE_OF = frozenset(word_list("normx.resolve", "place_words.yaml", "place_of"))  # data
_SKIPPED = frozenset({"the"})


def placed(text: str, start: int) -> bool:
    """The word at offset *start* is written as a place's name: right after a placing word
    (:data:`PLACING`, "the" skipped) or "<place word> of" (:data:`PLACE_OF`)."""
    if head_before_of(text, start) in PLACE_OF:
        return True
    before = word_before(text, start, 40)
    if before in _SKIPPED:
        at = text.rfind(before, max(0, start - 40), start)
        before = word_before(text, at, 40) if at >= 0 else None
    return before is not None and before.lower() in PLACING


def _occurrences(text: str, word: str) -> list[int]:
    """The offsets where *word* is written as a whole word (case as written)."""
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)]


def personal(linker: SpanLinker, resolved: list[Resolved], i: int, heads: frozenset[str]) -> bool:
    """The *i*-th segment of *resolved* is written as a person's name: after "<head> of" for a
    head of *heads* ("the militia of X": a body's head; a facility's "of" names its place), or
    joined by "and" to a segment linked to a person ("Saddam Haftar and X", "X and Saddam
    Haftar"). A verb of saying after the word is no sign: a seat speaks for its body ("the
    Kremlin says")."""
    text = linker.text
    seg = resolved[i][0]
    start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
    head = head_before_of(text, start)
    if head is not None and head in heads:
        return True
    for j in (i - 1, i + 1):
        if not 0 <= j < len(resolved):
            continue
        other, cand, _ = resolved[j]
        if cand is None or cand.type != "PER":
            continue
        if j < i:
            gap = text[linker.tokens[other.last].end : start]
        else:
            gap = text[end : linker.tokens[other.first].start]
        if gap.strip() == "and":
            return True
    return False


def _of_note(rt: Runtime, record_id: str) -> bool:
    return rt.standing(record_id) == MAJOR or rt.twin_standing(record_id) >= MAJOR


def unplaced_lookalikes(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each look-alike link of a lone word to a minor place, a word the text
    uses as a person's name and never as a place's, undone (see the module)."""
    out: list[Resolved] = []
    text = linker.text
    for i, (seg, cand, evidence) in enumerate(resolved):
        if (
            cand is not None
            and lookalike_place_word(seg, cand, evidence)
            and not _of_note(rt, cand.id)
            and personal(linker, resolved, i, rt.lex.body_heads - rt.lex.facility_heads)
        ):
            word = linker.surface(seg.first, seg.last)
            starts = _occurrences(text, word) or [linker.tokens[seg.first].start]
            if not any(placed(text, s) for s in starts):
                cand, evidence = None, {**evidence, "unplaced": cand.id}
        out.append((seg, cand, evidence))
    return out
