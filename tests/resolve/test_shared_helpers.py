"""The helpers the session-13 passes share (:func:`normx.match.candidate.clear_best`,
:func:`normx.resolve.segment.sole_linked`, :func:`normx.resolve.segment.relinked`,
:func:`normx.resolve.segment.linked_evidence`): each says what its callers relied on."""

from __future__ import annotations

from normx.match.candidate import Candidate, clear_best
from normx.resolve.segment import Seg, linked_evidence, relinked, sole_linked


def _cand(cid: str, score: float, kind: str = "ORG") -> Candidate:
    return Candidate(cid, cid, kind, score, cid, "exact")


def test_clear_best_wants_a_sure_score_and_no_close_rival() -> None:
    assert clear_best([], 0.9, 0.05) is None
    assert clear_best([_cand("a", 0.89)], 0.9, 0.05) is None
    assert clear_best([_cand("a", 0.95), _cand("b", 0.92)], 0.9, 0.05) is None
    assert clear_best([_cand("a", 0.95), _cand("b", 0.85)], 0.9, 0.05) == _cand("a", 0.95)
    # the same entity by another name is no rival
    assert clear_best([_cand("a", 0.95), _cand("a", 0.94)], 0.9, 0.05) == _cand("a", 0.95)


def test_sole_linked_is_none_for_two_entities_that_fit() -> None:
    segs = [Seg(0, 0, _cand("a", 1.0), False), Seg(1, 1, _cand("b", 1.0, "LOC"), False)]
    assert sole_linked(segs, lambda _, c: c.type == "ORG") == _cand("a", 1.0)
    assert sole_linked(segs, lambda _, c: True) is None
    assert sole_linked([*segs, Seg(2, 2, _cand("a", 0.9), False)], lambda _, c: c.id == "a")


def test_relinked_keeps_all_but_the_decision() -> None:
    seg = Seg(2, 4, _cand("a", 0.8), True, (), ("minister",), False, {"k": 1}, True)
    new = relinked(seg, None, (_cand("a", 0.8),))
    assert (new.first, new.last, new.cand, new.ambiguous) == (2, 4, None, (_cand("a", 0.8),))
    kept = (new.partial, new.context, new.extra, new.generic)
    assert kept == (True, ("minister",), {"k": 1}, True)


def test_linked_evidence_drops_the_tie_and_keeps_the_rest() -> None:
    before = {"context": ["minister"], "candidates": ["a", "b"]}
    after = linked_evidence(before, {"unit_of": "governorate", "matched": "X Governorate"})
    assert after == {"context": ["minister"], "unit_of": "governorate", "matched": "X Governorate"}
    assert "candidates" in before  # the segment's own evidence is left as it was
