"""Calibration of a best candidate by its isolation: far ahead of every other entity.

The raw score (:mod:`normx.match.score`) says how alike two names are. Whether the best
candidate is *the* answer also depends on the competition: when a name's entity is missing
from a large gazetteer, the best candidate is usually one of several namesakes that share its
common parts (Muhammad, Hasan, al-Tikriti) and score within a few points of each other; a
right answer scored low by a long alias against a short name (Abd al-Khaliq Badr al-Din
al-Huthi against عبدالخالق الحوثي, 0.749) stands far ahead of the next entity (0.27 here).

So a best candidate found by a method with a rule in :data:`ISOLATION_RULES` (across scripts
only), for a query of at least three name parts, scoring between the rule's start and the
no-match threshold and leading the next entity by at least the rule's margin, is lifted to
just above the threshold (:func:`lifted`: the threshold plus at most :data:`ISOLATION_SPAN`,
increasing with the raw score), in gazetteers of at least :data:`ISOLATION_MIN_ENTITIES`
entities only. In a small gazetteer a lone candidate is no evidence: there are too few names
for a namesake to turn up by chance (the towns sets, 800-900 places: a lead of 0.15 from 0.72
added false accepts, towns-libya +2 points, for no right answer); a document's own gazetteer
is small too, and canonicalize keeps its figures there.

The rules are fitted by ``benchmarks/eval/calibrate.py --isolation`` on the dev half of the
large evaluation sets' entities (queries of the other half never used), per method: the rule
that newly accepts the most right answers while they are right (Wilson lower bound) at least
as often as the answers the threshold already accepts, on every set, the names of entities
removed from the gazetteer counted as wrong (as in ``false_accepts.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD

# the fitted rule per method: (from, margin, parts): a best raw score at least *from* that
# leads the next entity by at least *margin*, for a query of at least *parts* name parts, is
# lifted. Only across scripts, where right answers score low (a Latin alias against an Arabic
# name that writes no short vowels: Mohammed / محمد 0.81): for same-script answers no rule of
# the grid was right as often as the answers the threshold accepts (Latin names that lead at
# 0.71 are mostly another person's spelling of a rare surname). A two-part query (a given and
# a family name) is no evidence however far it leads: many persons share both, and when its
# person is missing it finds a namesake's longer name alone (persons-fr-xscript: Souleymen
# Al-Dehlvi, absent, lifted to سليمان علي الدهلوي)
ISOLATION_RULES: dict[str, tuple[float, float, int]] = {"cross-script": (0.71, 0.20, 3)}
ISOLATION_SPAN = 0.02  # lifted into [threshold, threshold + span): still below any exact cap
ISOLATION_MIN_ENTITIES = 20_000  # gazetteers with fewer entities: no lift
# the least query parts of any rule: shorter queries are never lifted, and not looked at again
ISOLATION_MIN_PARTS = min((parts for _, _, parts in ISOLATION_RULES.values()), default=1)
# the lowest start of any rule: no best candidate under it is lifted
ISOLATION_START = min((start for start, _, _ in ISOLATION_RULES.values()), default=1.0)
# how low the next entity may have to be looked for
ISOLATION_FLOOR = min(
    (start - margin for start, margin, _ in ISOLATION_RULES.values()), default=0.0
)


def applies(entities: int, best: Candidate, parts: int) -> bool:
    """Whether the best candidate *best* of a query of *parts* name parts, in a gazetteer of
    *entities* entities, may be lifted."""
    rule = ISOLATION_RULES.get(best.method)
    return (
        rule is not None
        and entities >= ISOLATION_MIN_ENTITIES
        and parts >= rule[2]
        and rule[0] <= best.score < NO_MATCH_THRESHOLD
    )


def lifted(raw: float, start: float) -> float:
    """The calibrated score of an isolated best candidate scoring *raw* under a rule from
    *start*: above the threshold, in raw order."""
    share = (raw - start) / (NO_MATCH_THRESHOLD - start)
    return NO_MATCH_THRESHOLD + ISOLATION_SPAN * min(1.0, max(0.0, share))


def isolated(
    found: list[Candidate],
    rank: Callable[[float], list[Candidate]],
    *,
    entities: int,
    parts: int,
    top: int,
    min_score: float,
) -> list[Candidate]:
    """*found* (the matcher's answer to a query of *parts* name parts, at most *top*
    candidates from *min_score*, in a gazetteer of *entities* entities), its best candidate
    lifted over the threshold when it stands far ahead of every other entity (:func:`isolate`).

    *rank(floor)* gives the best two entities scoring at least *floor*. The matcher's answer
    lists every entity from *min_score*, so it is used as it is when that reaches low enough
    (:data:`ISOLATION_FLOOR`) and holds a runner-up; otherwise the best two are asked from the
    rules' lowest start, and a lone one is asked again down to its margin: most queries stop
    at the first ask (no name that high, or two close together)."""
    if (
        entities < ISOLATION_MIN_ENTITIES
        or parts < ISOLATION_MIN_PARTS
        or (found and found[0].score >= NO_MATCH_THRESHOLD)
    ):
        return found
    ranked, complete_to = found, min_score
    if min_score > ISOLATION_FLOOR or top < 2:
        floor = min(min_score, ISOLATION_START)
        ranked, complete_to = rank(floor), floor
        if ranked and applies(entities, ranked[0], parts):
            lead_floor = ranked[0].score - ISOLATION_RULES[ranked[0].method][1]
            if len(ranked) == 1 and lead_floor < floor:
                ranked, complete_to = rank(lead_floor), lead_floor
    if not ranked or not applies(entities, ranked[0], parts):
        return found
    # an entity not listed scores below complete_to (a hair lower: the lead is then at least
    # the margin, not the margin less a rounding error)
    best = isolate(ranked, complete_to=complete_to - 1e-9)
    if best is None or best.score < min_score:
        return found
    return [best, *(c for c in found if c.id != best.id)][:top]


def isolate(ranked: list[Candidate], *, complete_to: float) -> Candidate | None:
    """The first of *ranked* (best first, distinct entities, every entity scoring at least
    *complete_to* listed) lifted when its method has a rule and it stands that rule's margin
    ahead of the next entity; None otherwise. An entity not listed scores below *complete_to*."""
    if not ranked or ranked[0].method not in ISOLATION_RULES:
        return None
    best = ranked[0]
    start, margin, _parts = ISOLATION_RULES[best.method]
    runner_up = ranked[1].score if len(ranked) > 1 else complete_to
    if best.score < start or best.score - runner_up < margin:
        return None
    score = lifted(best.score, start)
    explain = best.explain
    if explain:
        explain = {
            **explain,
            "score": round(score, 4),
            "isolation": {"raw": round(best.score, 4), "runner_up": round(runner_up, 4)},
        }
    return replace(best, score=score, explain=explain)
