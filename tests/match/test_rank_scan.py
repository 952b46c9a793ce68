"""The ranker's compiled walk (``_kernels.rank_scan``) answers as the Python loop it replaces.

``_Scorer.rank`` scores names in bound order and passes over names of another type and names
whose own bound (``name_test``) is below the floor; with the kernel built the walk between two
scored names is one compiled call over :meth:`Matcher.candidate_names`' arrays. It must pass
over the same names, ask the test of the same names in the same order (the test writes the
query's similarity memo that later names read) and stop at the same bound. Compared on a
hand-written gazetteer of namesakes (ties broken by id, types mixed, one-word queries at the
cap), for built and loaded (lazily made) indexes, at several tops, floors and types, answers
with explanations and memos alike. Skipped when the kernel is not built.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match.index import LazyNames, NameIndex
from normx.match.matcher import Matcher, _BoundOrder, _Query

needs_kernel = pytest.mark.skipif(
    matcher_module._RANK_SCAN is None, reason="compiled rank_scan not in use"
)

RECORDS = [
    Record("per:ahmed-1", "PER", "Ahmed Salem", "أحمد سالم"),
    Record("per:ahmed-2", "PER", "Ahmed Salem Ali", None),
    Record("per:ahmed-3", "PER", "Ahmad Salim", None),
    Record("per:ahmed-4", "PER", "Ahmed Mohamed", "أحمد محمد"),
    Record("per:ahmed-5", "PER", "Mohamed Ahmed", None),
    Record("per:ahmed-6", "PER", "Ahmed", None),
    Record("per:khalifa", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:khalid", "PER", "Khaled al-Mishri", "خالد المشري"),
    Record("per:abd", "PER", "Abd al-Hamid Dbeibah", "عبد الحميد الدبيبة"),
    Record("loc:ahmed", "LOC", "Bir Ahmed", None),
    Record("loc:salem", "LOC", "Salem", None),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tripoli-lb", "LOC", "Tripoli, Lebanon", None),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("org:salem", "ORG", "Salem Brigade", None),
    Record("org:rescue", "ORG", "Libyan Red Crescent Rescue Team", None),
    Record("fac:mitiga", "FAC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
]
QUERIES = [
    "Ahmed", "Ahmad", "Salem", "Ahmed Salem", "Ahmed Salim Ali", "Mohamed Ahmed", "Haftar",
    "Khalifa Hafter", "Khalid Mishri", "Abdulhamid Dbaiba", "Tripoli", "Trablus", "Misurata",
    "Mitiga Airport", "Salem Brigade", "Nothing Here", "أحمد", "طرابلس",
]  # fmt: skip
ASKS = [(4, None, 0.5), (1, None, 0.5), (8, None, 0.0), (5, None, 0.75), (1, "LOC", 0.5)]


def _index(loaded: bool) -> NameIndex:
    built = NameIndex.build(RECORDS)
    if not loaded:
        return built
    data = json.loads(json.dumps(built.to_json(), ensure_ascii=False))
    index = NameIndex.from_json(built.records, data)
    assert isinstance(index.names, LazyNames)
    return index


def _ranked(index: NameIndex, query: str, top: int, type: str | None, floor: float) -> tuple:
    """One ranking of the query's first pass, and the memo it leaves."""
    m = Matcher(index)
    q = _Query(query)
    found = m._scorer.rank(
        q, m.candidate_names(q, floor), top=top, type=type, min_score=floor, explain=True
    )
    answer = [(c.id, repr(c.score), c.method, c.matched, c.explain) for c in found]
    return answer, repr(sorted(q.sims.items()))


@needs_kernel
@pytest.mark.parametrize("loaded", [False, True])
@pytest.mark.parametrize("query", QUERIES)
def test_the_compiled_walk_answers_as_the_python_loop(monkeypatch, loaded, query):
    compiled = [_ranked(_index(loaded), query, *ask) for ask in ASKS]
    monkeypatch.setattr(matcher_module, "_RANK_SCAN", None)
    python = [_ranked(_index(loaded), query, *ask) for ask in ASKS]
    assert compiled == python


@needs_kernel
@pytest.mark.parametrize("query", QUERIES)
def test_match_with_joins_answers_as_the_python_loop(monkeypatch, query):
    def asks() -> list:
        m = Matcher(_index(True))
        return [
            repr(m.match(query, top=top, type=kind, min_score=floor, explain=True))
            for top, kind, floor in ASKS
        ]

    compiled = asks()
    monkeypatch.setattr(matcher_module, "_RANK_SCAN", None)
    assert compiled == asks()


@needs_kernel
def test_candidate_names_read_as_pairs_are_the_arrays():
    index = _index(False)
    m = Matcher(index)
    found = m.candidate_names(_Query("Ahmed Salem"), 0.5)
    assert isinstance(found, _BoundOrder)
    pairs = list(found)
    assert len(pairs) == len(found) > 3
    assert pairs == list(zip(found.ids.tolist(), found.bounds.tolist(), strict=True))
    assert all(type(ni) is int and type(b) is float and b <= 1.0 for ni, b in pairs)
    assert [b for _ni, b in pairs] == sorted((b for _ni, b in pairs), reverse=True)


def _scan(ids, bounds, start=0, floor=0.5, type=None, within=None, normalized=""):
    index = _index(False)
    kinds = [r.type for r in index.records]
    names = index.names
    return matcher_module._RANK_SCAN(
        ids if isinstance(ids, np.ndarray) else np.array(ids, np.intc),
        np.array(bounds, np.float64), start, floor, names,
        names, kinds, type, within, normalized, False, {},
    )  # fmt: skip


@needs_kernel
def test_the_walk_stops_at_a_bound_below_the_floor_and_passes_other_types():
    index = _index(False)
    loc = next(i for i, n in enumerate(index.names) if index.records[n.entity].type == "LOC")
    per = next(i for i, n in enumerate(index.names) if index.records[n.entity].type == "PER")
    assert _scan([per, loc], [0.9, 0.8])[:2] == (0, index.names[per])
    assert _scan([per, loc], [0.9, 0.8], start=1)[0] == 1
    assert _scan([per, loc], [0.9, 0.8], type="LOC")[:2] == (1, index.names[loc])
    assert _scan([per, loc], [0.9, 0.4], type="LOC") == (-1, None, None)
    assert _scan([per, loc], [0.4, 0.3]) == (-1, None, None)
    assert _scan([per, loc], [0.9, 0.8], start=2) == (-1, None, None)
    # the test is asked (with the name's own arguments) and a None passes the name over
    asked = []

    def never(tokens, cross, sims, person, floor):
        asked.append((tokens, cross, person, floor))

    assert _scan([per, loc], [0.9, 0.8], within=never) == (-1, None, None)
    assert asked == [
        (index.names[per].tokens, False, True, 0.5),
        (index.names[loc].tokens, False, False, 0.5),
    ]
    # at floor 0 the test is not asked: the name comes back without options
    assert _scan([per], [0.9], floor=0.0, within=never) == (0, index.names[per], None)
    assert len(asked) == 2


@needs_kernel
def test_the_walk_refuses_arrays_of_the_wrong_type():
    with pytest.raises(TypeError):
        _scan(np.array([0], np.int64), [0.9])
    with pytest.raises(TypeError):
        _scan([0, 1], [0.9])
