"""The ranker bounds a name's token pairs itself (``score.options_within``) and calls the
scorer only for the names whose bound reaches the floor: the answers, and the query's memo of
token similarities that later names read, are those of scoring every name it reaches."""

import pytest

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import Matcher, _Query
from normx.match.score import _token_options, options_within, score_tokens_above

RECORDS = [
    Record("per:fathi", "PER", "Fathi Bashagha", "فتحي باشاغا"),
    Record("per:fathi2", "PER", "Fathi Bashir", None),
    Record("per:khalifa", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:khalid", "PER", "Khaled al-Mishri", "خالد المشري"),
    Record("per:abd", "PER", "Abd al-Hamid Dbeibah", "عبد الحميد الدبيبة"),
    Record("per:hamid", "PER", "Hamid Ali Williams", None),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:tripoli-lb", "LOC", "Tripoli, Lebanon", None),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:jufra", "LOC", "Jufra District", "الجفرة"),
    Record("loc:sidra", "LOC", "Es Sider", None),
    Record("org:rescue", "ORG", "Libyan Red Crescent Rescue Team", None),
    Record("org:return", "ORG", "Return Committee of Tawergha", None),
    Record("fac:mitiga", "FAC", "Mitiga International Airport", "مطار معيتيقة الدولي"),
]
QUERIES = [
    "Fathi Bashagha", "Fathi Bach Agha", "Bashagha", "Khalifa Hafter", "Haftar", "Khalid Mishri",
    "Hamid", "Abdulhamid Dbaiba", "Williams", "Tripoli", "Trablus", "Misurata", "Jufra",
    "Sidra", "Rescue", "Return", "Mitiga Airport", "Nothing Here", "خليفة", "طرابلس",
]  # fmt: skip


@pytest.fixture(scope="module")
def index():
    return NameIndex.build(RECORDS)


def _never_rejects(q, weigh):
    """name_test without its bound: every name is scored in full."""
    return lambda n, cross_script, sims, person, floor: _token_options(q, n, cross_script, sims)


def _answer(found):
    return [(c.id, c.score, c.method, c.matched, c.explain) for c in found]


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(("top", "min_score"), [(4, 0.5), (1, 0.5), (5, 0.7), (3, 0.0)])
def test_the_answer_is_that_of_scoring_every_name(index, monkeypatch, query, top, min_score):
    got = Matcher(index).match(query, top=top, min_score=min_score, explain=True, joins=False)
    monkeypatch.setattr(matcher_module, "name_test", _never_rejects)
    every = Matcher(index).match(query, top=top, min_score=min_score, explain=True, joins=False)
    assert _answer(got) == _answer(every)


@pytest.mark.parametrize("query", QUERIES)
def test_the_memo_is_filled_as_by_scoring_every_name(index, monkeypatch, query):
    """The same similarity memo entries, with the same values, as the scorer's own path."""

    def ranked_memo():
        m = Matcher(index)
        q = _Query(query)
        m._scorer.rank(q, m.candidate_names(q, 0.5), top=4, type=None, min_score=0.5, explain=False)
        return q.sims

    got = ranked_memo()
    monkeypatch.setattr(matcher_module, "name_test", _never_rejects)
    assert got == ranked_memo()


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize("floor", [0.3, 0.5, 0.72, 0.8, 0.95])
def test_options_within_rejects_exactly_what_the_scorer_does(index, query, floor):
    q = _Query(query).core
    for name in index.names:
        person = index.records[name.entity].type == "PER"
        cross = name.lang == "ar"  # the queries above are Latin but two
        cross = cross != _Query(query).arabic
        args = dict(cross_script=cross, person=person, weigh=index.weights, joins=False)
        scored = score_tokens_above(q, name.tokens, floor, sims={}, **args)
        options = options_within(q, name.tokens, floor, cross, person, {}, index.weights)
        if options is None:
            assert scored is None, name.text
        else:
            again = score_tokens_above(q, name.tokens, 0.0, sims={}, options=options, **args)
            assert again == scored, name.text
