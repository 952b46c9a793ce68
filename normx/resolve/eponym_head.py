"""A person's name right before a lower-case facility noun: the place named after him.

Arabic names hospitals, schools, mosques, stadiums and streets after scholars and heroes
(مستشفى ابن سينا, "the Ibn Sina hospital"; ملعب 11 يونيو). Translation often writes the name
first and the facility noun after it in lower case ("the city inaugurated its Avicenna
hospital", "the Omar Mukhtar street"), and the name alone then reaches the person the
gazetteer holds. The noun says what is meant: a building or a street, which is no person.
So a person link whose mention is followed, right after it and in lower case, by a facility
or thoroughfare noun (:data:`EPONYM_HEADS`) is left unlinked, a name the gazetteer lacks (as
it usually lacks the hospital). A capitalised head ("Ibn Sina Hospital") is part of the span
and :mod:`normx.resolve.person_named_body` reads it; "the street of X" is
:mod:`normx.resolve.street_of`'s. A possessive ("Haftar's hospital") is ownership, not a
naming, and a unit head ("Haftar forces") his men: neither is judged. Places and bodies keep
their links: "the Misrata hospital" is the town's hospital, and gold links the town.

The name and its noun together may still name a facility the gazetteer holds ("the Ibn Sina
hospital" ~ Ibn Sina Hospital), which the pipeline's facility match asks. But a famous name is
given to many buildings (an Ibn Sina hospital in most Arab towns), so only a record whose name
the words say whole is that one: a name with more words (Ibn Sina *University* Hospital, in
another country) is another namesake (:func:`eponym_facility_kept`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.detect.tokens import lower_word_after
from normx.resolve.segment import WHOLE_COVERAGE, coverage
from normx.resolve.street_of import THOROUGHFARES
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved

# English nouns for the buildings Arabic names after people (data/place_words.yaml,
# eponym_heads), and the thoroughfares
EPONYM_HEADS = (
    frozenset(word_list("normx.resolve", "place_words.yaml", "eponym_heads")) | THOROUGHFARES
)


def eponym_persons_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each person link right before a lower-case facility noun undone (see
    the module)."""
    out: list[Resolved] | None = None
    tokens = linker.tokens
    for k, (seg, cand, _evidence) in enumerate(resolved):
        if cand is None or cand.type != "PER" or tokens[seg.last].possessive:
            continue
        head = lower_word_after(linker.text, tokens[seg.last].end)
        if head is None or head not in EPONYM_HEADS:
            continue
        if out is None:
            out = list(resolved)
        out[k] = (seg, None, {"eponym_of": head})
    return resolved if out is None else out


def eponym_facility_kept(
    evidence: dict[str, Any], found: tuple[int, Candidate] | None
) -> tuple[int, Candidate] | None:
    """*found* (the facility the pipeline matched for an unlinked name and its head noun),
    unless the name was a person's before a facility noun (``eponym_of``) and the facility's
    name holds words the text did not say (see the module)."""
    if found is None or "eponym_of" not in evidence:
        return found
    return found if coverage(found[1])[1] >= WHOLE_COVERAGE else None
