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
