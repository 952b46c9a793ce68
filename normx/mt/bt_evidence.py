"""Back-translation evidence: how an Arabic match is explained and combined with the Latin one.

An entity the Latin spelling and the Arabic guesses both reach gets the two scores combined
(:func:`agree`); an entity only the Arabic side reaches becomes a ``method="backtranslate"``
candidate whose ``explain`` says which guesses paired with which words (:func:`through_arabic`);
a one-word name is answered through Arabic only on a near-exact match (:func:`near_exact`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, PartGuesses, name_words
from normx.mt.arabic_sim import prepare, similarity
from normx.mt.bt_guards import shared, shared_with, spells_alike, stands_alone
from normx.mt.bt_order import BACKTRANSLATE, keep_arabic_order

SINGLE_WORD_ARABIC = 0.95
"""A one-word name is answered through Arabic only when a hypothesis matches an Arabic name
this well (equal after normalisation, in practice): a lone guessed word that only resembles a
name is a false friend (Akens -> أكنس -> تاكنس Taknis; Mishri -> مشري -> مصري)."""


TRUNCATED = 3  # a one-word guess this many letters shorter than its part's best is cut short

AGREEMENT = 0.5
"""When the Latin spelling and the Arabic guesses point to the same entity, the weaker evidence
closes this share of the stronger one's distance to 1: hi + AGREEMENT * lo * (1 - hi). Half,
not all (a noisy-or), because both compare the same query with the same Arabic name and are not
independent witnesses."""
AGREEMENT_MIN = 0.75
"""Below this, the weaker evidence is too weak to add anything (a long span that one side reads
as a body and the other as part of a person: the maximum counts). The Latin evidence is
gathered whatever *min_score* is (:data:`normx.mt.backtranslate.EVIDENCE_FLOOR`), so an
entity scores the same at ``min_score=0`` and at the threshold (before, a Latin
score of 0.5-0.75 was added at ``min_score=0`` only). Measured on persons-xscript with
back-translation (false accepts of held-out entities / top-1 at 0.75): 0.5 gives 22.1 % /
72.4 %, 0.7 gives 18.5 % / 68.2 %, 0.75 gives 14.9 % / 67.6 %, the false accepts the threshold
pass gave before (14.9 % / 67.9 %)."""


WITNESS_MIN = AGREEMENT_MIN
"""A Latin candidate scoring under this is no witness of its own (session 35): an Arabic
reading of its entity meets :func:`~normx.mt.bt_guards.stands_alone`, as for an entity the
Latin side did not reach, not :func:`~normx.mt.bt_guards.spells_alike`, and it does not make
:func:`~normx.mt.bt_guards.shared_with` hold. Until session 34 that was so at the threshold only
(the Latin evidence was gathered down to ``min(min_score, AGREEMENT_MIN)``), so 19 cross-script
queries scored 0.39-0.74 at ``min_score=0`` and 0.75-0.84 at the threshold with the same first
entity (New Brega / البريقة الجديدة: Latin 0.463 cross-script, every word read, الجديدة only
resembled: 0.496 at 0, 0.817 at the threshold). Reading weak Latin candidates as witnesses
at every floor instead (0) lost the 19 right answers at the threshold and the issue's Serhat
Akens / سرحات أكسن (its Latin candidate is a cross-script romanisation guess, which the guess
أكنس only resembles)."""

RAISE_EPSILON = 1e-6
"""An Arabic score must raise the Latin one by more than this to replace its candidate."""


def agree(latin: float, arabic: float) -> float:
    """The score of an entity reached both ways (see :data:`AGREEMENT`)."""
    hi, lo = max(latin, arabic), min(latin, arabic)
    return hi + AGREEMENT * lo * (1.0 - hi) if lo >= AGREEMENT_MIN else hi


def through_arabic(
    found: ArabicMatch, parts: Sequence[PartGuesses], tokens: Sequence[str]
) -> dict[str, Any]:
    """Explain one Arabic match: the spelling assembled from the guesses each part paired
    through (its best guess where it paired with nothing), their worst rank and joint
    probability, and the pairs."""
    used: dict[int, tuple[str, int, float]] = {}
    pairs = []
    for qu, guess, nu, sim in found.pairs:
        if len(qu) == 1:
            used[qu[0]] = parts[qu[0]].source(guess)
        pairs.append(
            {
                "query": [tokens[i] for i in qu],
                "guess": guess,
                "name_words": list(nu),
                "similarity": sim,
            }
        )
    spelled = []
    rank, prob = 0, 1.0
    for i, part in enumerate(parts):
        text, r, p = used.get(i) or (part.spelled[0][1:] if part.spelled else ("", 0, 1.0))
        spelled.append(text)
        rank, prob = max(rank, r), prob * p
    return {
        "hypothesis": " ".join(t for t in spelled if t),
        "hypothesis_rank": rank,
        "hypothesis_probability": round(prob, 6),
        "arabic_method": "parts",
        "arabic_score": round(found.score, 4),
        "arabic_matched": found.name,
        "arabic_pairs": pairs,
        # what a caller that segments text reads (as for the spelling matcher): a match that
        # leaves query words unexplained is not a clean reading of the whole span
        "query_coverage": found.query_coverage,
        "name_coverage": found.name_coverage,
    }


def near_exact(found: ArabicMatch, parts: Sequence[PartGuesses]) -> bool:
    """True when one guess spells the whole matched name at least :data:`SINGLE_WORD_ARABIC`
    alike (the test a one-word name must pass: a lone guess that only resembles a name is a
    false friend). The guess's own probability does not enter: a right spelling the model
    ranked third is still right. A guess :data:`TRUNCATED` letters shorter than its part's best
    is not: beam search cuts long words short (Badrdia: بدردية first, بدر fourth, which met
    the place بدر and passed البردية, towns-xscript session 15)."""
    if found.name_coverage < 1.0:
        return False
    whole = prepare("".join(name_words(found.name)))
    return any(
        similarity(guess, whole, SINGLE_WORD_ARABIC) >= SINGLE_WORD_ARABIC
        for part in parts
        for guess, _ in part.guesses
        if len(guess) > len(part.guesses[0][0]) - TRUNCATED
    )


def merge_evidence(
    latin: Sequence[Candidate],
    arabic: Sequence[tuple[ArabicMatch, dict[str, Any]]],
    records: Sequence[Any],
    *,
    top: int,
    min_score: float,
    readings: Sequence[ArabicMatch] | None = None,
) -> list[Candidate]:
    """Latin candidates and Arabic matches per entity (:func:`agree` where both reached it).

    *readings* are all the Arabic matches of the name, those the guards kept out of *arabic*
    included (default: the matches of *arabic*); no raised entity passes a candidate they
    read better (:func:`~normx.mt.bt_order.keep_arabic_order`).

    An entity whose score the Arabic side raised becomes a ``method="backtranslate"``
    candidate whose ``explain`` holds the assembled hypothesis, how the Arabic matched and the
    entity's Latin score (None when the Latin matcher did not list it).
    """
    best: dict[str, Candidate] = {c.id: c for c in latin}
    witnesses = [c for c in latin if c.score >= WITNESS_MIN]
    weak = {c.id for c in latin if c.score < WITNESS_MIN}
    matches = [found for found, _ in arabic]
    for found, detail in arabic:
        rec = records[found.entity]
        if shared(found, matches) or shared_with(found, rec.id, witnesses):
            continue  # the guesses spell another entity's name as well
        prev = best.get(rec.id)
        # a weak Latin candidate is no witness: the entity is read as the Latin side's unreached
        witnessed = prev is not None and not (rec.id in weak and prev.method != BACKTRANSLATE)
        if not witnessed and not stands_alone(found):
            continue  # query words left unexplained: part of another name
        if witnessed and not spells_alike(found):
            continue  # the guesses resemble the name as the Latin spelling did: one witness
        score = agree(prev.score if prev else 0.0, found.score)
        # rounding must not turn an equal score into a raise: a Latin candidate the Arabic
        # side did not strengthen keeps its own method (the resolver's guards read it)
        if prev is not None and score <= prev.score + RAISE_EPSILON:
            continue
        score = round(score, 6)
        explain = {**detail, "latin_score": round(prev.score, 4) if prev else None}
        best[rec.id] = Candidate(
            rec.id, rec.canonical, rec.type, score, found.name, BACKTRANSLATE, explain
        )
    read: dict[str, float] = {}
    for m in matches if readings is None else readings:
        rid = records[m.entity].id
        read[rid] = max(read.get(rid, 0.0), m.score)
    best = keep_arabic_order(best, {c.id: c for c in latin}, read)
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.id))
    return [c for c in ranked if c.score >= min_score][:top]
