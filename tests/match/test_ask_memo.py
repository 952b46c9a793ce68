"""What one ask of the matcher remembers: each name's score (``_Query.scored``), and each token's
weight (``TokenWeights``), so that a name met again in the same ask is not scored again and a
token met again is not weighed again, with the same answers.

An ask ranks some names more than once: the one-word query's pool after its short ranking,
:func:`~normx.match.calibration.isolated`'s lower floors, the joined pass after the names as
written. A second ``score_name`` with the same arguments reads the memo entries the first wrote
(entries are never overwritten), so it would answer the same: the answer is taken from
``_Query.scored`` instead (session 34).
"""

from __future__ import annotations

import pytest

from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import Matcher, _Query
from tests.match.test_rank_scan import QUERIES, RECORDS


def _counting(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = matcher_module._Scorer.score_name

    def score_name(self, query, name, floor=0.0, options=None):
        calls.append(name.entity)
        return real(self, query, name, floor, options)

    monkeypatch.setattr(matcher_module._Scorer, "score_name", score_name)
    return calls


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("floor", [0.0, 0.5, 0.75])
def test_a_ranking_asked_again_in_the_same_ask_scores_no_name_again(monkeypatch, query, floor):
    m = Matcher(NameIndex.build(RECORDS))
    calls = _counting(monkeypatch)
    q = _Query(query)
    first = m._scorer.rank(
        q, m.candidate_names(q, floor), top=4, type=None, min_score=floor, explain=True
    )
    scored = len(calls)
    again = m._scorer.rank(
        q, m.candidate_names(q, floor), top=4, type=None, min_score=floor, explain=True
    )
    assert again == first
    assert len(calls) == scored  # on main: every name scored a second time


@pytest.mark.parametrize("query", QUERIES)
def test_a_fresh_ask_answers_as_the_remembered_one(query):
    index = NameIndex.build(RECORDS)
    m = Matcher(index)
    for top, kind, floor in [(4, None, 0.5), (1, None, 0.0), (5, None, 0.75), (1, "LOC", 0.5)]:
        q = _Query(query)
        first = m._scorer.rank(
            q, m.candidate_names(q, floor), top=top, type=kind, min_score=floor, explain=True
        )
        q.scored.clear()
        fresh = m._scorer.rank(
            q, m.candidate_names(q, floor), top=top, type=kind, min_score=floor, explain=True
        )
        assert fresh == first


def test_a_token_weighs_what_its_weight_works_out():
    index = NameIndex.build(RECORDS)
    weigh = index.weights
    tokens = [t for name in index.names for t in name.tokens]
    assert tokens
    for t in tokens:
        assert weigh(t) == weigh.weight(t) == weigh(t)
