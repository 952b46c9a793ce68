"""A decisive Arabic reading orders the candidates a Latin spelling left unsettled.

The precision guards (:mod:`normx.mt.bt_guards`) let the Arabic side raise an entity only when
its guesses spell every word it pairs (similarity >= 0.9) or read the whole name: a guess that
only resembles a name is what the Latin spelling already said. They are right about *scores*:
raising such a reading above the threshold linked nil persons to look-alikes. But they also
threw its *ranking* away when nothing was confident: of the persons-xscript queries the
matcher and back-translation both answered wrongly (session 15), 22 had the gold first on the
Arabic side alone, often far ahead (Ramzi Binalshib: رمزي محمد عبد الله بن الشيبة 0.73, the
next 0.37, بينالشيب ~ بن الشيبة 0.84; Seifallah ben Omar ben Mohamed ben Hassine 0.94 against
0.54, سيف الله read at 0.88), while the answer was a namesake the Latin side put first at 0.3-0.6.

So when no candidate reaches the threshold, a multi-word name's best Arabic reading that stands
:data:`DECISIVE_MARGIN` above every other entity's, explains at least :data:`DECISIVE_QUERY` of
the query and scores at least :data:`DECISIVE_FLOOR` is put first, just above the previous
first candidate and always below the threshold: the order changes, no answer crosses the
threshold that did not before (top-1 at the threshold and the article sets' links at it are
unchanged by construction). A one-word name is left alone, as :data:`~normx.mt.bt_evidence.
SINGLE_WORD_ARABIC` says: a lone guessed word that resembles a name is a false friend.
Measured on persons-xscript's saved answers (margin / floor / query share): 0.15 / 0.55 / 0.5
gives top-1 +12 -0; 0.1 lost a right answer (Dhawahri Ayman: الظاهري against الظواهري).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, PartGuesses
from normx.mt.bt_evidence import through_arabic
from normx.mt.bt_order import BACKTRANSLATE, BELOW

DECISIVE_MARGIN = 0.15  # the best Arabic reading this far above every other entity's
DECISIVE_FLOOR = 0.55  # and at least this good
DECISIVE_QUERY = 0.5  # and explaining at least this share of the query's parts


def decisive(readings: Sequence[ArabicMatch], n_tokens: int) -> ArabicMatch | None:
    """The best Arabic reading of a name of *n_tokens* parts when it is decisive (see the
    module), else None. *readings* are best first, one per entity."""
    if n_tokens < 2 or not readings:
        return None
    first = readings[0]
    runner = max((m.score for m in readings[1:] if m.entity != first.entity), default=0.0)
    if (
        first.score < DECISIVE_FLOOR
        or first.query_coverage < DECISIVE_QUERY
        or first.score - runner < DECISIVE_MARGIN
    ):
        return None
    return first


def decisive_first(
    candidates: Sequence[Candidate],
    readings: Sequence[ArabicMatch],
    parts: Sequence[PartGuesses],
    tokens: Sequence[str],
    records: Sequence[Any],
    *,
    threshold: float,
    min_score: float,
    top: int,
) -> list[Candidate]:
    """*candidates* with the entity of a decisive Arabic reading put first when no candidate
    reaches *threshold*, scored just above the previous first and below *threshold*."""
    if candidates and candidates[0].score >= threshold:
        return list(candidates)
    found = decisive(readings, len(tokens))
    if found is None:
        return list(candidates)
    rec = records[found.entity]
    if candidates and candidates[0].id == rec.id:
        return list(candidates)
    above = candidates[0].score + BELOW if candidates else found.score
    score = round(min(max(above, 0.0), threshold - BELOW), 6)
    if score < min_score or (candidates and score <= candidates[0].score):
        return list(candidates)
    own = next((c for c in candidates if c.id == rec.id), None)
    detail = {
        **through_arabic(found, parts, tokens),
        "latin_score": round(own.score, 4) if own and own.method != BACKTRANSLATE else None,
        "decisive": True,
    }
    first = Candidate(rec.id, rec.canonical, rec.type, score, found.name, BACKTRANSLATE, detail)
    rest = [c for c in candidates if c.id != rec.id]
    return [first, *rest][:top]
