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
unchanged by construction). Measured on persons-xscript's saved answers (margin / floor / query
share): 0.15 / 0.55 / 0.5 gives top-1 +12 -0; 0.1 lost a right answer (Dhawahri Ayman:
الظاهري against الظواهري).

One-word names (session 23). Session 15 left them alone, as :data:`~normx.mt.bt_evidence.
SINGLE_WORD_ARABIC` says of *scores*: a lone guessed word that resembles a name is a false
friend, so it must not cross the threshold. Below the threshold the Latin side's first answer
for a one-word place is a romanisation guess too (every Arabic-only name is reached across
scripts), and on towns-xscript (session 23, ``benchmarks/eval/bt_xscript``) the Arabic side
was decisive on 13 one-word queries the Latin side left below the threshold (with Latin
candidates): 7 of its readings were the gold (Al-Madina: المدينة 0.92 against 0.67, while the
Latin side's first was الطينة at 0.70; Dschansur / جنزور, tmisam / تمسان), 6 were wrong where
the Latin first was wrong too (Tripoli read تربو), none replaced a right answer. So a one-word
name's decisive reading goes first under the same conditions, but only through a guess the beam
did not cut short (:data:`~normx.mt.bt_evidence.TRUNCATED` letters under the part's best:
Badrdia's بدر), and only among Latin candidates: where the spelling matcher found nothing at
all, a lone guessed word is not made an answer, even below the threshold (Qqz / سرتي is no سرت).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, PartGuesses
from normx.mt.bt_evidence import TRUNCATED, through_arabic
from normx.mt.bt_order import BACKTRANSLATE, BELOW

DECISIVE_MARGIN = 0.15  # the best Arabic reading this far above every other entity's
DECISIVE_FLOOR = 0.55  # and at least this good
DECISIVE_QUERY = 0.5  # and explaining at least this share of the query's parts


def decisive(
    readings: Sequence[ArabicMatch],
    n_tokens: int,
    parts: Sequence[PartGuesses] | None = None,
) -> ArabicMatch | None:
    """The best Arabic reading of a name of *n_tokens* parts when it is decisive (see the
    module), else None. *readings* are best first, one per entity; a one-word name's reading
    is decisive only through a guess of its *parts* that was not cut short (:func:`whole`)."""
    if not readings or n_tokens < 1:
        return None
    first = readings[0]
    if n_tokens == 1 and (parts is None or not whole(first, parts)):
        return None
    runner = max((m.score for m in readings[1:] if m.entity != first.entity), default=0.0)
    if (
        first.score < DECISIVE_FLOOR
        or first.query_coverage < DECISIVE_QUERY
        or first.score - runner < DECISIVE_MARGIN
    ):
        return None
    return first


def whole(found: ArabicMatch, parts: Sequence[PartGuesses]) -> bool:
    """True when every guess *found* pairs through is at most :data:`~normx.mt.bt_evidence.
    TRUNCATED` - 1 letters shorter than its part's best guess (beam search cuts long words
    short: Badrdia's fourth guess بدر met the place بدر)."""
    best = [len(p.guesses[0][0]) if p.guesses else 0 for p in parts]
    return not any(
        i < len(best) and len(guess) <= best[i] - TRUNCATED
        for qu, guess, _, _ in found.pairs
        for i in qu
    )


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
    if len(tokens) == 1 and not candidates:
        return list(candidates)  # a one-word reading reorders Latin answers, adds none
    found = decisive(readings, len(tokens), parts)
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
