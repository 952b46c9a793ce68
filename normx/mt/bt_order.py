"""Back-translation must not reorder what the Arabic side itself ranks the other way.

An entity only the Arabic side reaches (or one it raises) enters the Latin candidates with its
Arabic score. When another candidate was read *better* through Arabic but not raised (its match
left name words over, so :func:`~normx.mt.bt_guards.spells_alike` kept its Latin score), the
raised entity jumped over the one both kinds of evidence prefer: YASIN, Aboud reached عبد
الرحمن ياسين on Latin (0.55) and on Arabic (0.80), but عبد الحسين, read through Arabic alone at
0.73 (ياسين ~ حسين), took the first place (persons-xscript, session 14: both answers the
matcher alone had right and back-translation lost were of this kind). A raised entity is
therefore kept below every candidate whose Arabic score is higher than its own
(:func:`keep_arabic_order`).

Nor may it pass a candidate that both kinds of evidence together prefer (session 15): the guards
keep a Latin candidate's score when its Arabic reading does not spell every word
(:func:`~normx.mt.bt_guards.spells_alike`, one witness), so the raised entity was compared by
its Arabic score with the other's Latin score alone. an Nattatat reached انطاطات at 0.875 on
Latin and 0.80 on Arabic, النطات at 0.68 and 0.89 (a guess one letter short): raised to 0.89,
النطات passed the place both sides read well (towns-xscript). A raised entity is kept below
every candidate whose two scores, combined as for an entity both sides reach
(:func:`~normx.mt.bt_evidence.agree`), come to at least its own score. The other candidate
keeps its score (no precision guard is bypassed: only the order changes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from normx.match.candidate import Candidate

BELOW = 1e-4
"""How far under the candidate it must not pass a raised entity is put."""
BACKTRANSLATE = "backtranslate"  # the method of a candidate the Arabic side raised (bt_evidence)


def _preferred(other: Candidate, other_arabic: float, cand: Candidate, own: float) -> bool:
    """True when *other* (not raised, scored below *cand*) is preferred to the raised *cand*:
    the Arabic side reads it better, or its Latin and Arabic scores together reach *cand*'s."""
    from normx.mt.bt_evidence import agree  # bt_evidence imports this module

    if other.method == BACKTRANSLATE or other.score >= cand.score:
        return False
    return other_arabic > own or agree(other.score, other_arabic) >= cand.score


def keep_arabic_order(
    best: Mapping[str, Candidate],
    latin: Mapping[str, Candidate],
    arabic_score: Mapping[str, float],
) -> dict[str, Candidate]:
    """*best* (entity id -> candidate after merging) with every back-translated candidate put
    under any candidate it overtook whose Arabic score is higher than its own, or whose Latin
    and Arabic scores combined reach its own (:func:`_preferred`); when that leaves it no
    better than its own Latin candidate (in *latin*), that one comes back."""
    out = dict(best)
    for cid, cand in best.items():
        if cand.method != BACKTRANSLATE:
            continue
        own = arabic_score.get(cid, 0.0)
        ceiling = min(
            (
                other.score
                for oid, other in best.items()
                if oid != cid and _preferred(other, arabic_score.get(oid, 0.0), cand, own)
            ),
            default=None,
        )
        if ceiling is None:
            continue
        capped = round(ceiling - BELOW, 6)
        prev = latin.get(cid)
        if prev is not None and prev.score >= capped:
            out[cid] = prev
        else:
            out[cid] = replace(cand, score=max(capped, 0.0))
    return out
