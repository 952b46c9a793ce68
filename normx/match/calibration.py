"""Calibration of a best candidate by its isolation: far ahead of every other entity.

The raw score (:mod:`normx.match.score`) says how alike two names are. Whether the best
candidate is *the* answer also depends on the competition: when a name's entity is missing
from a large gazetteer, the best candidate is usually one of several namesakes that share its
common parts (Muhammad, Hasan, al-Tikriti) and score within a few points of each other; a
right answer scored low by a long alias against a short name (Abd al-Khaliq Badr al-Din
al-Huthi against عبدالخالق الحوثي, 0.749) stands far ahead of the next entity (0.27 here).

So a best candidate that scores between :data:`ISOLATION_FROM` and the no-match threshold
and leads the next entity by at least :data:`ISOLATION_MARGIN` is lifted to just above the
threshold (:func:`lifted`: the threshold plus at most :data:`ISOLATION_SPAN`, increasing with
the raw score), in gazetteers of at least :data:`ISOLATION_MIN_ENTITIES` entities only. In a
small gazetteer a lone candidate is no evidence: there are too few names for a namesake to
turn up by chance (the towns sets, 800-900 places: lifting added false accepts and no right
answer); a document's own gazetteer is small too, and canonicalize keeps its figures there.

The constants are fitted by ``benchmarks/eval/calibrate.py --isolation`` on the dev half of
the evaluation sets' entities (queries of the other half never used): the loosest rule whose
newly accepted answers are right at least as often as raw same-script answers at the threshold
(0.75-0.80), with the held-out entities' names counted as wrong (``false_accepts.py``).
"""

from __future__ import annotations

from dataclasses import replace

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD

ISOLATION_FROM = 0.72  # a best raw score at least this ...
ISOLATION_MARGIN = 0.15  # ... ahead of the next entity's by at least this is lifted
ISOLATION_SPAN = 0.02  # lifted into [threshold, threshold + span): still below any exact cap
ISOLATION_MIN_ENTITIES = 20_000  # gazetteers with fewer entities: no lift
ISOLATION_FLOOR = ISOLATION_FROM - ISOLATION_MARGIN  # how low the next entity must be looked for


def applies(entities: int, best: float) -> bool:
    """Whether a best raw score *best* in a gazetteer of *entities* entities may be lifted."""
    return entities >= ISOLATION_MIN_ENTITIES and ISOLATION_FROM <= best < NO_MATCH_THRESHOLD


def lifted(raw: float) -> float:
    """The calibrated score of an isolated best candidate: above the threshold, in raw order."""
    share = (raw - ISOLATION_FROM) / (NO_MATCH_THRESHOLD - ISOLATION_FROM)
    return NO_MATCH_THRESHOLD + ISOLATION_SPAN * min(1.0, max(0.0, share))


def isolate(ranked: list[Candidate], *, complete_to: float) -> Candidate | None:
    """The first of *ranked* (best first, distinct entities, every entity scoring at least
    *complete_to* listed) lifted when it stands :data:`ISOLATION_MARGIN` ahead of the next
    entity; None when it does not. An entity not listed scores below *complete_to*."""
    if not ranked:
        return None
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else complete_to
    if best.score - runner_up < ISOLATION_MARGIN:
        return None
    explain = best.explain
    if explain:
        explain = {
            **explain,
            "score": round(lifted(best.score), 4),
            "isolation": {"raw": round(best.score, 4), "runner_up": round(runner_up, 4)},
        }
    return replace(best, score=lifted(best.score), explain=explain)
