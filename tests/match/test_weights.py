"""Token informativeness (TokenWeights): common name parts weigh less, and the matcher's bounds
stay bounds with the weights on."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import BruteForceMatcher, Matcher
from normx.match.score import (
    BOUND_SLACK,
    COMMON_SHARE,
    COMMON_WEIGHT,
    MIN_NAMES_FOR_FREQUENCY,
    RARE_SHARE,
    TokenWeights,
    score_tokens,
    score_tokens_above,
    score_upper_bound,
    token_weight,
)
from normx.match.score import _token_options as token_options
from normx.text.normalize import analyse_name, core_tokens


def _core(text: str):
    return core_tokens(analyse_name(text))


def _key(text: str) -> str:
    (tok,) = _core(text)
    return tok.key


N = 10_000  # names in the made-up gazetteers below
COUNTS = {  # how many of N names hold each key: Muhammad and Ahmed common, Haftar rare
    _key("Muhammad"): int(0.08 * N),
    _key("Ahmed"): int(0.06 * N),
    _key("Hassan"): int(0.02 * N),
    _key("Haftar"): 3,
}
WEIGHTS = TokenWeights(COUNTS, N)


def test_common_parts_weigh_less_and_rare_or_unknown_ones_fully():
    (muhammad,) = _core("Muhammad")
    (mohamed,) = _core("Mohamed")  # another spelling, the same key: the same weight
    (hassan,) = _core("Hassan")
    (haftar,) = _core("Haftar")
    (zzyzx,) = _core("Zzyzx")  # in no name at all
    assert WEIGHTS(muhammad) == WEIGHTS(mohamed) == COMMON_WEIGHT
    assert COMMON_WEIGHT < WEIGHTS(hassan) < 1.0  # 2% of names: between the two shares
    assert RARE_SHARE < 0.02 < COMMON_SHARE
    assert WEIGHTS(haftar) == WEIGHTS(zzyzx) == 1.0


def test_abu_and_generic_words_keep_their_own_weights():
    for text in ("Abu Bakr", "Qaryat Ghanam"):
        first = _core(text)[0]
        assert WEIGHTS(first) == token_weight(first) < 1.0


def test_a_small_gazetteer_gives_no_evidence_of_commonness():
    # a fifth of 40 names say Muhammad: too few names to call anything common
    small = TokenWeights({_key("Muhammad"): 8}, 40)
    big = TokenWeights({_key("Muhammad"): 8 * 250}, 40 * 250)
    (muhammad,) = _core("Muhammad")
    assert 40 < MIN_NAMES_FOR_FREQUENCY <= 40 * 250
    assert small(muhammad) == 1.0
    assert big(muhammad) == COMMON_WEIGHT


def test_a_glued_article_weighs_as_the_name_written_apart():
    counts = {_key("Usta"): int(0.1 * N)}
    weights = TokenWeights(counts, N)
    (glued,) = _core("Alousta")
    (apart,) = _core("Usta")
    assert glued.alts  # read both as "alousta" and as "ousta"
    assert weights(glued) == weights(apart) == COMMON_WEIGHT


def test_agreeing_on_a_rare_family_name_beats_agreeing_on_common_given_names():
    q = _core("Muhammad Haftar")
    common = _core("Muhammad Zuwawi")  # agrees on the common given name only
    rare = _core("Khalifa Haftar")  # agrees on the rare family name only
    plain = [score_tokens(q, n, cross_script=False).score for n in (common, rare)]
    weighed = [score_tokens(q, n, cross_script=False, weigh=WEIGHTS).score for n in (common, rare)]
    assert plain[0] == plain[1]  # counting parts alike, one agreeing part is one
    assert weighed[0] < plain[0] < weighed[1]


def test_a_misspelt_common_name_is_as_well_covered_as_the_name_itself():
    # each side's coverage in its own weights: the pair Alousta / Usta costs nothing extra
    # although the query token's own key is in no name
    q, n = _core("Rawaa Alousta"), _core("Rawaa Usta")
    weights = TokenWeights({_key("Usta"): int(0.1 * N)}, N)
    assert score_tokens(q, n, cross_script=False, weigh=weights).score == pytest.approx(
        score_tokens(q, n, cross_script=False).score, abs=0.02
    )


PARTS = [
    "muhammad", "mohamed", "ahmed", "ahmad", "hassan", "hasan", "ali", "aly", "haftar", "hifter",
    "khalifa", "abu", "qirin", "village", "qaryat", "al-mishri", "mashri", "zuwawi", "salem",
]  # fmt: skip
NAMES = st.lists(st.sampled_from(PARTS), min_size=1, max_size=5).map(" ".join)
COUNT_TABLES = st.dictionaries(
    st.sampled_from(sorted({_key(p) for p in PARTS if _core(p) and _core(p)[0].key})),
    st.integers(0, N),
)


@settings(max_examples=400, deadline=None)
@given(NAMES, NAMES, st.booleans(), st.booleans(), COUNT_TABLES)
def test_the_bound_is_never_below_the_weighed_score(query, name, person, cross, counts):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    weights = TokenWeights(counts, N)
    sims: dict = {}
    options = token_options(q, n, cross, sims)
    bound = score_upper_bound(q, n, options, person=person, weigh=weights, cross_script=cross)
    full = score_tokens(q, n, cross_script=cross, person=person, sims=sims, weigh=weights)
    assert full.score <= bound + BOUND_SLACK
    above = score_tokens_above(q, n, 0.75, cross_script=cross, person=person, weigh=weights)
    assert above == (full if full.score >= 0.75 else above)
    if above is None:
        assert full.score < 0.75


@settings(max_examples=200, deadline=None)
@given(NAMES, NAMES, st.booleans())
def test_no_counts_score_as_before(query, name, person):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    plain = score_tokens(q, n, cross_script=False, person=person).score
    weighed = score_tokens(q, n, cross_script=False, person=person, weigh=TokenWeights({}, 0))
    assert weighed.score == pytest.approx(plain, abs=1e-12)


RECORDS = [
    Record("per:muhammad-ahmed-zuwawi", "PER", "Muhammad Ahmed Zuwawi"),
    Record("per:muhammad-ali-haftar", "PER", "Muhammad Ali Haftar"),
    Record("per:khalifa-haftar", "PER", "Khalifa Belqasim Haftar"),
    Record("per:ahmed-hassan", "PER", "Ahmed Hassan"),
    Record("per:mohamed-salem", "PER", "Mohamed Salem al-Mishri"),
    Record("per:ali-qirin", "PER", "Ali Abu Qirin"),
    Record("loc:qaryat-salem", "LOC", "Qaryat Salem"),
]


@pytest.fixture(scope="module")
def weighed_index():
    index = NameIndex.build(RECORDS)
    counts = {_key("Muhammad"): 900, _key("Ahmed"): 700, _key("Ali"): 400, _key("Hassan"): 150}
    index.weights = TokenWeights(counts, N)  # as if the index were a big gazetteer's
    return index


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=4), st.sampled_from([0.5, 0.75]))
def test_the_indexed_matcher_finds_what_brute_force_finds_with_weights(weighed_index, parts, floor):
    query = " ".join(parts)
    brute = BruteForceMatcher(weighed_index).match(query, top=3, min_score=floor)
    fast = Matcher(weighed_index).match(query, top=3, min_score=floor)
    assert [(c.id, round(c.score, 6)) for c in fast] == [(c.id, round(c.score, 6)) for c in brute]


def test_the_index_counts_names_per_key():
    index = NameIndex.build(RECORDS)
    (muhammad,) = _core("Mohammed")
    # Muhammad and Mohamed share a key: three of the names hold it, too few to weigh less
    assert index.weights(muhammad) == 1.0
    assert index.weights.informativeness(muhammad.key) == 1.0
