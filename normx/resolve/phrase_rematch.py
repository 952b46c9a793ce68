"""A phrase a document step reads whole, asked of the matcher again: the one test of whether
the answer decides on its own.

The embassy and mission steps (:mod:`normx.resolve.official_country`, "the Embassy of the Arab
Republic of Egypt in Tripoli"; :mod:`normx.resolve.mission_name`, "the Consulate General of
Libya in Al-Qahira") each put words of the text to the matcher once more, the whole phrase or
the rest of a mention the head's words ran into ("General of Libya" -> "Libya"). Either takes
the answer only when it decides on its own: the first candidate is of the type the step wants,
scores at the matcher's own floor (:data:`~normx.match.score.NO_MATCH_THRESHOLD`) or more, and
no other entity comes within :data:`MARGIN` of it. The passes stay separate; the test is here
once, so that they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD

MARGIN = 0.05  # no second entity this close (decision.AMBIGUITY_MARGIN)


def decisive(found: list[Candidate], type_: str) -> Candidate | None:
    """The first of *found* (best first) when it is of type *type_*, scores at the threshold or
    more, and no candidate of another entity scores more than its score less :data:`MARGIN`;
    None otherwise. Unlike :func:`~normx.match.candidate.clear_best`, every later candidate is
    looked at, not only the second (the best entity's other names may come between)."""
    if not found or found[0].type != type_ or found[0].score < NO_MATCH_THRESHOLD:
        return None
    best = found[0]
    if any(c.id != best.id and c.score > best.score - MARGIN for c in found[1:]):
        return None
    return best


def is_place(words: str, match: Callable[[str], list[Candidate]]) -> bool:
    """*words* matched on their own decide on a place: the country a head's words ran into
    ("General of Libya", "Republic of Misr") is read from what is left of the mention."""
    return decisive(match(words), "LOC") is not None
