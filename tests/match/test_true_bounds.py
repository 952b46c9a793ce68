"""The candidate bounds are true bounds: the indexed matcher returns what the brute-force
reference returns, however common the tokens and however many names reach the query.

Large gazetteers used to break the equality in three places (a token with many names through
its own key skipped the forms one key deletion away, a very common token only lifted names
already found, at most 200 names were scored); the small test gazetteers never reached those
sizes, so here the sizes are made small instead.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normx.gazetteer.schema import Record
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import BruteForceMatcher, Matcher
from normx.match.score import NO_MATCH_THRESHOLD
from normx.match.similarity import similarity_bound, token_similarity
from normx.text.normalize import analyse_name, core_tokens

LATIN = st.text(alphabet="abdefghiklmnoqrstuwyz'", min_size=1, max_size=10)
ARABIC = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويةءأى", min_size=2, max_size=7)


def _tokens(text: str):
    return core_tokens(analyse_name(text))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(LATIN, ARABIC), st.one_of(LATIN, ARABIC), st.booleans())
def test_the_similarity_bound_is_never_below_the_similarity(a, b, cross):
    for q in _tokens(a):
        for n in _tokens(b):
            sim, _how = token_similarity(q, n, cross_script=cross)
            assert sim <= similarity_bound(q, n, cross_script=cross) + 1e-12, (q, n)


@pytest.mark.parametrize(
    ("query", "name", "cross"),
    [
        ("mishri", "mashri", False),  # one key: compared exactly, the bound says nothing
        ("akens", "aksen", False),  # KNS / KSN: one deletion apart (Serhat Aksen)
        ("ghadamis", "غدامس", True),
    ],
)
def test_the_bound_holds_on_known_pairs(query, name, cross):
    q, n = _tokens(query)[0], _tokens(name)[0]
    assert token_similarity(q, n, cross_script=cross)[0] <= similarity_bound(
        q, n, cross_script=cross
    )


def test_forms_of_another_key_are_bounded_below_one():
    # the bound must leave room below 1, or every name one deletion away would be scored
    q, n = _tokens("haftar")[0], _tokens("hafter")[0]
    far = _tokens("haftari")[0]
    assert similarity_bound(q, n, cross_script=False) == 1.0  # same key HFTR
    assert similarity_bound(q, far, cross_script=False) < 1.0 or far.key == q.key


# name parts in families that share keys or sit one key deletion apart (Akens / Aksen), so
# that, with the sizes below made small, every rule that used to cut candidates is exercised
PARTS = [
    "ali", "aly", "alaa", "issa", "eissa", "khaled", "khalid", "khalaf", "mishri", "mashri",
    "misri", "masri", "haftar", "hifter", "hafar", "akens", "aksen", "aksan", "salem", "salim",
    "sallam", "muammar", "mamar", "gaddafi", "qadhafi", "gadafi", "hamid", "ahmed", "mohamed",
    "mahmud", "ghadames", "ghadamis", "sirte", "surt", "zawiya", "zawiyah", "abu", "bakr",
    "bakar", "al-bardi", "burdi",
]  # fmt: skip
ARABIC_PARTS = {
    "ali": "علي", "khaled": "خالد", "mishri": "المشري", "haftar": "حفتر", "aksen": "أكسن",
    "salem": "سالم", "muammar": "معمر", "gaddafi": "القذافي", "hamid": "حميد", "ahmed": "أحمد",
    "mohamed": "محمد", "ghadames": "غدامس", "sirte": "سرت", "zawiya": "الزاوية", "bakr": "بكر",
}  # fmt: skip


def _records(draws: list[list[int]], arabic: list[bool]) -> list[Record]:
    out = []
    for i, (parts, with_ar) in enumerate(zip(draws, arabic, strict=True)):
        words = [PARTS[j % len(PARTS)] for j in parts]
        ar = [ARABIC_PARTS.get(w) for w in words]
        name_ar = " ".join(a for a in ar if a) if with_ar and all(ar) else None
        out.append(Record(f"per:{i}", "PER", " ".join(words).title(), name_ar))
    return out


GAZETTEER = st.tuples(
    st.lists(st.lists(st.integers(0, 200), min_size=1, max_size=4), min_size=5, max_size=40),
    st.lists(st.booleans(), min_size=40, max_size=40),
)
QUERY = st.one_of(
    st.lists(st.sampled_from(PARTS), min_size=1, max_size=4).map(" ".join),
    st.lists(st.sampled_from(sorted(ARABIC_PARTS.values())), min_size=1, max_size=3).map(" ".join),
)


@pytest.fixture
def small_sizes(monkeypatch):
    # every token counts as common (its key neighbours are bounded, not compared), and names
    # are put in bound order two at a time
    monkeypatch.setattr(matcher_module, "FEW_POSTINGS", 1)
    monkeypatch.setattr(matcher_module, "BOUND_CHUNK", 2)


@settings(
    max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(GAZETTEER, QUERY, st.sampled_from([NO_MATCH_THRESHOLD, 0.5, 0.0]), st.sampled_from([1, 3]))
def test_the_indexed_matcher_returns_what_brute_force_returns(small_sizes, gaz, query, floor, top):
    draws, arabic = gaz
    index = NameIndex.build(_records(draws, arabic[: len(draws)]))
    fast = Matcher(index).match(query, top=top, min_score=floor)
    brute = BruteForceMatcher(index).match(query, top=top, min_score=floor)
    # at 0 either may list names that share nothing with the query (score 0), in any order
    assert [(c.id, round(c.score, 9)) for c in fast if c.score > 0.0] == [
        (c.id, round(c.score, 9)) for c in brute if c.score > 0.0
    ]


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(GAZETTEER, QUERY)
def test_a_higher_fetch_threshold_keeps_what_a_lower_one_finds_above_it(small_sizes, gaz, query):
    # fetching at 0.5 and keeping what scores >= 0.75 is fetching at 0.75
    draws, arabic = gaz
    index = NameIndex.build(_records(draws, arabic[: len(draws)]))
    matcher = Matcher(index)
    low = [
        (c.id, c.score)
        for c in matcher.match(query, top=40, min_score=0.5)
        if c.score >= NO_MATCH_THRESHOLD
    ]
    high = [(c.id, c.score) for c in matcher.match(query, top=40, min_score=NO_MATCH_THRESHOLD)]
    assert low == high
