"""A lone word that is the English adjective of one of the places it resembles.

"Saharan" resembles the Sahara (0.91) and, in a gazetteer of thousands of villages, the
village Shahrani (0.89) about as closely. :mod:`normx.resolve.place_adjective` undoes the link
when the place linked is the one the word is the adjective of; but when the two are too close
to call, the document or a rule may settle the tie on the look-alike, whose name the word is
no adjective of, and the adjective then links to a village. The word is the adjective of the
Sahara whichever candidate wins: an English adjective of a place names no place (the house
convention links "Libyan" to nothing), so a lone word that is the adjective
(:func:`~normx.resolve.english_adjective.english_adjective_of`) of any place among its close
candidates matched by likeness is decided as no name at all. A place spelled exactly so is an
exact match, decided before any candidate is read.
"""

from __future__ import annotations

from typing import Any

from normx.detect.units import Unit
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.english_adjective import english_adjective_of
from normx.resolve.word_agreement import LONE_WORD_LOOSE

ADJECTIVE_MARGIN = 0.05  # decision.AMBIGUITY_MARGIN: candidates this close are one question


def adjective_of_a_candidate(unit: Unit, cands: list[Candidate], decisions: Any) -> bool:
    """The lone word of *unit* is the English adjective of a place the matcher reached by
    likeness among *cands* (best first) within twice the ambiguity margin of the best (see
    the module docstring). *decisions* is the caller's
    :class:`~normx.resolve.decision.RangeDecisions`, for its ``name_words``."""
    name_words = decisions.name_words
    if name_words is None or not cands:
        return False
    floor = max(NO_MATCH_THRESHOLD, cands[0].score - 2 * ADJECTIVE_MARGIN)
    form = unit.forms[0]
    for c in cands:
        if c.score < floor or c.type != "LOC" or c.method not in LONE_WORD_LOOSE:
            continue
        latin = {tok.form for tok, arabic in name_words(c.id) if not arabic}
        if english_adjective_of(form, latin):
            return True
    return False
