"""score_upper_bound is an upper bound of score_tokens, so the ranker may skip names below it."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match.score import (
    BOUND_SLACK,
    score_tokens,
    score_tokens_above,
    score_upper_bound,
)
from normx.match.score import _token_options as token_options
from normx.text.normalize import analyse_name, core_tokens

# name parts with shared keys, vowel variants, the article, Abu, and generic place words
PARTS = [
    "ali", "aly", "alaa", "issa", "eissa", "khaled", "khalid", "al-mishri", "mashri", "haftar",
    "hifter", "abu", "qirin", "grein", "bayda", "beida", "village", "qaryat", "zawiya",
    "zawiyah", "al-bardi", "burdi", "muammar", "qadhafi", "gaddafi", "salem", "salim",
]  # fmt: skip
NAMES = st.lists(st.sampled_from(PARTS), min_size=1, max_size=5).map(" ".join)


def _core(text: str):
    return core_tokens(analyse_name(text))


@settings(max_examples=600, deadline=None)
@given(NAMES, NAMES, st.booleans(), st.booleans())
def test_the_bound_is_never_below_the_score(query, name, person, cross):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    sims: dict = {}
    bound = score_upper_bound(
        q, n, token_options(q, n, cross, sims), person=person, cross_script=cross
    )
    score = score_tokens(q, n, cross_script=cross, person=person, sims=sims).score
    assert score <= bound + BOUND_SLACK


@settings(max_examples=300, deadline=None)
@given(NAMES, NAMES, st.booleans(), st.floats(0.0, 1.0))
def test_scoring_above_a_floor_skips_only_lower_scores(query, name, person, floor):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    full = score_tokens(q, n, cross_script=False, person=person)
    above = score_tokens_above(q, n, floor, cross_script=False, person=person)
    if above is None:
        assert full.score < floor
    else:
        assert above == full


def test_the_bound_sees_an_unmatched_edge_token_and_the_one_word_cap():
    # "Khaled Salem Haftar" vs "Khaled Haftar X": the edge token left out is not forgiven
    q, n = _core("Salem Khaled Issa"), _core("Khaled Issa Muammar")
    options = token_options(q, n, False, {})
    bound = score_upper_bound(q, n, options, person=True, cross_script=False)
    # precision at most 2/3 (Salem, an end of the query, pairs with nothing)
    assert score_tokens(q, n, cross_script=False, person=True).score <= bound <= 2 / 3
    q, n = _core("Haftar"), _core("Khalifa Haftar")
    bound = score_upper_bound(q, n, token_options(q, n, False, {}), person=True, cross_script=False)
    assert bound == 0.78  # a bare surname that matches exactly: the cap


# one name part, now and then with Abu or a place word (one core token), against longer names
ONE_PART = st.tuples(
    st.sampled_from(["", "abu ", "village "]), st.sampled_from(PARTS), st.sampled_from(["", " x"])
).map(lambda t: (t[0] + t[1]).strip())


@settings(max_examples=800, deadline=None)
@given(ONE_PART, NAMES, st.booleans(), st.booleans())
def test_the_one_word_bound_is_never_below_the_score(query, name, person, cross):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    sims: dict = {}
    options = token_options(q, n, cross, sims)
    bound = score_upper_bound(q, n, list(options), person=person, cross_script=cross)
    score = score_tokens(q, n, cross_script=cross, person=person, sims=sims).score
    assert score <= bound + BOUND_SLACK


def test_the_one_word_cap_is_bounded_only_when_the_scorer_can_give_it():
    # a bare given name exact against a person's first part: the scorer gives the factor, not
    # the cap (the surname pairs with nothing), and so does the bound (on main: the cap, 0.78)
    q, n = _core("Khaled"), _core("Khaled Haftar")
    options = token_options(q, n, False, {})
    bound = score_upper_bound(q, n, options, person=True, cross_script=False)
    score = score_tokens(q, n, cross_script=False, person=True).score
    assert score <= bound < 0.78
    # not a person: the cap may apply to any exact pair
    bound = score_upper_bound(q, n, options, person=False, cross_script=False)
    assert bound == 0.78
