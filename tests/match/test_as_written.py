"""A query asked again with joins reuses the ranking it got without them.

Canonicalize asks every span without the joining pass, then asks a few hundred unlinked names
again with it (``Runtime.match_joined``): the first pass of that second ask is the ranking the
first ask made, so the matcher keeps it (``Matcher._as_written``) instead of ranking the same
names twice. The answers must be those of a matcher that never saw the first ask.
"""

import pytest

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD

RECORDS = [
    Record("loc:debdeb", "LOC", "Debdeb", None),
    Record("loc:garyounis", "LOC", "Garyounis", None),
    Record("loc:debila", "LOC", "Debila", None),
    Record("per:fathi", "PER", "Fathi Bashagha", None),
    Record("per:fathi2", "PER", "Fathi Bashir", None),
    Record("loc:tripoli", "LOC", "Tripoli", None),
]
QUERIES = ["Deb Deb", "Gar Younis", "Fathi Bach Agha", "Tripoli", "Trippoli", "Nothing Here"]


@pytest.fixture
def index():
    return NameIndex.build(RECORDS)


def _answer(found):
    return [(c.id, c.score, c.method, c.matched, c.explain) for c in found]


@pytest.mark.parametrize("query", QUERIES)
def test_the_joined_ask_after_the_plain_one_answers_as_a_fresh_matcher(index, query):
    fresh = Matcher(index).match(query, explain=True, joins=True)
    m = Matcher(index)
    m.match(query, explain=True, joins=False)
    assert _answer(m.match(query, explain=True, joins=True)) == _answer(fresh)


def test_the_first_pass_is_not_ranked_again(index, monkeypatch):
    m = Matcher(index)
    plain = m.match("Tripoli", explain=True, joins=False)
    assert plain and plain[0].score >= NO_MATCH_THRESHOLD  # no second pass is needed
    calls = []
    real = matcher_module._Scorer.rank
    monkeypatch.setattr(
        matcher_module._Scorer,
        "rank",
        lambda self, *a, **k: calls.append(1) or real(self, *a, **k),
    )
    again = m.match("Tripoli", explain=True, joins=True)
    assert not calls
    assert _answer(again) == _answer(plain)
    # other options are another ask: ranked
    m.match("Tripoli", top=2, explain=True, joins=True)
    assert calls


def test_a_split_name_still_gets_its_joined_pass(index):
    m = Matcher(index)
    plain = m.match("Deb Deb", explain=True, joins=False)
    assert not plain or plain[0].score < NO_MATCH_THRESHOLD
    joined = m.match("Deb Deb", explain=True, joins=True)
    assert joined and joined[0].id == "loc:debdeb"
    assert any(p["how"] == "joined" for p in joined[0].explain["pairs"])


def test_the_kept_answers_are_bounded(index, monkeypatch):
    monkeypatch.setattr(matcher_module, "AS_WRITTEN_MAX", 2)
    m = Matcher(index)
    for q in QUERIES:
        m.match(q, joins=False)
    assert len(m._as_written) <= 2
