"""Segments and mentions stay frozen dataclasses with their hand-written constructors.

``Seg`` and ``Mention`` fill their slots directly (for speed); these tests pin what the
generated constructor gave: keywords and defaults, a fresh dict per instance, immutability,
equality, ``dataclasses.replace``, and a mention's hash ignoring its evidence.
"""

from __future__ import annotations

import dataclasses

import pytest

from normx.match.candidate import Candidate
from normx.resolve.document import Mention
from normx.resolve.segment import Seg, with_context


def test_seg_defaults_and_a_fresh_extra_each() -> None:
    a, b = Seg(1, 2, None, False), Seg(1, 2, None, False)
    assert (a.ambiguous, a.context, a.phrase, a.generic, a.parts) == ((), (), False, False, ())
    assert a.extra == {} and a.extra is not b.extra
    assert a == b
    given = {"k": 1}
    assert Seg(0, 0, None, True, extra=given).extra is given


def test_seg_is_frozen_and_replace_works() -> None:
    seg = Seg(3, 4, None, False, context=("Minister",))
    with pytest.raises(dataclasses.FrozenInstanceError):
        seg.first = 5  # type: ignore[misc]
    moved = dataclasses.replace(seg, first=0)
    assert (moved.first, moved.last, moved.context) == (0, 4, ("Minister",))


def test_shifted_moves_the_segment_and_its_parts() -> None:
    cand = Candidate("loc:x", "X", "LOC", 1.0, "X", "exact", {})
    part = Seg(0, 0, cand, False)
    seg = Seg(0, 1, None, False, extra={"a": 1}, parts=(part, Seg(1, 1, None, False)))
    moved = seg.shifted(10)
    assert (moved.first, moved.last) == (10, 11)
    assert [(p.first, p.last) for p in moved.parts] == [(10, 10), (11, 11)]
    assert moved.parts[0].cand is cand and moved.extra is seg.extra
    assert with_context(moved, ("the",)).parts == moved.parts
    assert Seg(2, 2, None, False).shifted(3) == Seg(5, 5, None, False)


def test_mention_keywords_defaults_hash_and_frozen() -> None:
    m = Mention(0, 5, "Sirte", "loc:sirte", "Sirte", "LOC", 1.0, "exact")
    other = Mention(0, 1, "S", None, None, None, 0.0, "none")
    assert m.evidence == {} and m.evidence is not other.evidence
    same = Mention(
        start=0,
        end=5,
        text="Sirte",
        id="loc:sirte",
        canonical="Sirte",
        type="LOC",
        score=1.0,
        method="exact",
        evidence={"matched": "Sirte"},
    )
    assert m == same and hash(m) == hash(same)  # evidence is left out of both
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.id = None  # type: ignore[misc]
    assert dataclasses.replace(m, end=4).end == 4
