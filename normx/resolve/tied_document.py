"""A word too close to call between look-alikes: the one the document links elsewhere.

A lone word may resemble two places equally ("Debdab": the village Dabdab and Debdeb, 0.945
each), and the decision leaves it unlinked with both as candidates. Coreference settles such
a tie by the document's full or exact mentions (:mod:`normx.resolve.coref`); a mention that
the linker linked itself only by likeness ("Al-Dabdab", linked to Debdeb at 0.92) is no
antecedent there, being tentative. The text's other spellings of a word are then read
instead (:func:`~normx.resolve.said_words.said_by_words`), which in a gazetteer of thousands of
villages finds the look-alike whose name one of those spellings happens to hold ("Dabdab" in
"Al-Dabdab", which the linker read as Debdeb). One place per document holds better: when
exactly one of the tied places is linked by other segments of the document, by
whatever method, and no other is, the word is that place, unless the word merely describes it
(:mod:`normx.resolve.descriptor_word`: "Gas" after the "Waha gas field"). Read only when
coreference found nothing, and only for one word. A tie between two entities that bear the
very name matched ("Al-Jazair", الجزائر: Algeria and Algiers) is a homonym, not look-alikes:
the document naming one of them says nothing of which this one is, and no side is taken;
so is a tie read across scripts, where one Arabic word often names both (the candidate
taken must resemble the word in Latin letters, a letter or two apart, as Debdeb does).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate
from normx.resolve.segment import WHOLE_COVERAGE, Seg, coverage

LATIN_LIKENESS = frozenset({"fuzzy", "phonetic"})  # a Latin spelling a letter or two apart


def linked_ids(segs: Sequence[Seg]) -> Counter[str]:
    """How many segments of the document each entity is linked by, as the linker decided."""
    return Counter(seg.cand.id for seg in segs if seg.cand is not None)


def linked_elsewhere(
    tied: Sequence[Candidate],
    linked: Counter[str],
    forms: Sequence[str],
    described_only: Callable[[Candidate], bool],
) -> Candidate | None:
    """The one place of *tied* that other segments of the document link, when the segment is
    one word (*forms*) that matched the place's whole name (not "Federation" for the Russian
    Federation) and is no mere description of it (*described_only*: "Gas" is
    no short form of the "Waha gas field"); None when none or several are (see the module
    docstring). Persons and bodies are coreference's alone: a body's head noun ("the
    Federation") goes to the body the document means by its own rules
    (:mod:`normx.resolve.generic`), not to any body a look-alike mention linked."""
    if len(forms) != 1:
        return None
    named = {
        c.id: c
        for c in tied
        if c.type == "LOC"
        and c.method in LATIN_LIKENESS
        and linked[c.id] > 0
        and coverage(c)[1] >= WHOLE_COVERAGE
    }
    if len(named) != 1:
        return None
    (found,) = named.values()
    if any(c.id != found.id and c.matched == found.matched for c in tied):
        return None  # one name of two entities (الجزائر: Algeria and Algiers): a homonym
    return None if described_only(found) else found
