"""A gazetteer name that is a short form of a longer person query (given and family name
agree, the query lists more of the nasab chain between them) forgives more of the inner
parts than a name that meets the query elsewhere."""

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import BruteForceMatcher, Matcher, _Query
from normx.match.score import (
    CHAIN_DISCOUNT,
    INNER_DISCOUNT,
    NO_MATCH_THRESHOLD,
    TokenWeights,
    _token_options,
    max_query_weight_forgiven,
    score_tokens,
    score_upper_bound,
)
from normx.text.normalize import analyse_name, core_tokens


def _score(query: str, name: str, *, person: bool = True, weigh=None):
    q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
    return score_tokens(q, n, cross_script=False, person=person, weigh=weigh)


def test_short_form_of_a_longer_chain_reaches_the_threshold():
    # four parts of weight 1, the two ends matched: 2 / (4 - 0.75 * 2) = 0.8
    found = _score("Ibrahim Muhammad Salih al-Banna", "Ibrahim al-Banna")
    assert found.precision == 2 / (4 - CHAIN_DISCOUNT * 2)
    assert found.score >= NO_MATCH_THRESHOLD


def test_a_name_with_a_part_of_its_own_is_not_a_short_form():
    # Hamza pairs with nothing in the query: another chain that meets it at its ends
    found = _score("Ibrahim Muhammad Salih al-Banna", "Ibrahim Hamza al-Banna")
    assert found.precision == 2 / (4 - INNER_DISCOUNT * 2)
    assert found.score < _score("Ibrahim Muhammad Salih al-Banna", "Ibrahim al-Banna").score


def test_ends_must_pair_with_the_ends():
    # the query's given name is the name's second part: no short form
    found = _score("Khaled Muhammad Salih Zubaidi", "Mohammed Khaled Zubaidi")
    assert found.precision < 3 / (4 - CHAIN_DISCOUNT * 1)


def test_ends_must_pair_closely():
    # Banna / Bannani pair loosely: the inner parts keep their usual cost
    found = _score("Ibrahim Muhammad Salih al-Bannani", "Ibrahim al-Banna")
    loose_end = [p for p in found.pairs if p.qi == 3]
    assert loose_end and loose_end[0].sim < 0.9
    matched = sum(p.sim for p in found.pairs)
    assert found.precision < matched / (4 - CHAIN_DISCOUNT * 2)


def test_two_common_names_at_the_ends_are_not_enough():
    # with gazetteer frequencies, Muhammad and Ibrahim are common: their agreement says little
    weights = TokenWeights({"MHMT": 500, "BRHM": 300}, 2000)
    q = core_tokens(analyse_name("Muhammad Makkawi Ibrahim"))
    assert weights(q[0]) + weights(q[2]) < 1.6
    found = _score("Muhammad Makkawi Ibrahim", "Muhammad Ibrahim", weigh=weights)
    w = [weights(t) for t in q]
    assert abs(found.precision - (w[0] + w[2]) / (sum(w) - INNER_DISCOUNT * w[1])) < 1e-9


def test_places_keep_the_usual_discount():
    found = _score("Bir Salih Muhammad Ghanam", "Bir Ghanam", person=False)
    assert found.precision == 2 / (4 - INNER_DISCOUNT * 2)


def _bound(query: str, name: str):
    q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
    options = _token_options(q, n, False, {})
    return score_upper_bound(q, n, options, person=True, cross_script=False)


def test_the_bound_holds_for_a_short_form():
    query, name = "Ibrahim Muhammad Salih al-Banna", "Ibrahim al-Banna"
    assert _score(query, name).score <= _bound(query, name) + 1e-9


def test_the_bound_keeps_the_usual_discount_when_a_name_part_cannot_pair():
    # Hamza pairs with no query part: no alignment earns the chain discount, nor does the bound
    query = "Ibrahim Muhammad Salih al-Banna"
    assert _bound(query, "Ibrahim Hamza al-Banna") <= 2 / (4 - INNER_DISCOUNT * 2) + 1e-9


def test_the_candidate_bound_forgives_the_chain_only_for_heavy_ends():
    q = core_tokens(analyse_name("Ibrahim Muhammad Salih al-Banna"))
    assert max_query_weight_forgiven(q) == CHAIN_DISCOUNT * 2
    weights = TokenWeights({"MHMT": 500, "BRHM": 300}, 2000)
    q = core_tokens(analyse_name("Muhammad Makkawi Ibrahim"))
    assert max_query_weight_forgiven(q, weights) == INNER_DISCOUNT * weights(q[1])


CHAIN_RECORDS = [
    Record("per:ibrahim-banna", "PER", "Ibrahim al-Banna"),
    Record("per:ibrahim-salih", "PER", "Ibrahim Salih"),
    Record("per:salih-banna", "PER", "Muhammad Salih al-Banna"),
    Record("per:khalil-banna", "PER", "Khalil al-Banna"),
]
CHAIN_QUERY = "Ibrahim Muhammad Salih al-Banna"


def _bounds(query: str, min_score: float = 0.0) -> dict[str, float]:
    index = NameIndex.build(CHAIN_RECORDS)
    found = Matcher(index).candidate_names(_Query(query), min_score)
    return {index.records[index.names[ni].entity].id: bound for ni, bound in found}


def test_the_candidate_bound_forgives_the_chain_only_to_names_both_ends_reach():
    bounds = _bounds(CHAIN_QUERY)
    # Ibrahim and al-Banna reach the short form: 2 of 4 parts, two inner ones forgiven at 0.75
    assert bounds["per:ibrahim-banna"] == pytest.approx(2 / (4 - CHAIN_DISCOUNT * 2))
    # one end only (Ibrahim Salih: the family name is missing): the usual discount
    assert bounds["per:ibrahim-salih"] == pytest.approx(2 / (4 - INNER_DISCOUNT * 2))
    # Khalil is no spelling of Ibrahim: al-Banna alone reaches it
    assert bounds["per:khalil-banna"] == pytest.approx(1 / (4 - INNER_DISCOUNT * 2))


def test_names_only_the_chain_discount_could_lift_are_not_candidates():
    # at 0.7, 2 / 3 (Ibrahim Salih with the usual discount) is out, 0.8 (the short form) in
    bounds = _bounds(CHAIN_QUERY, 0.7)
    assert "per:ibrahim-banna" in bounds
    assert "per:ibrahim-salih" not in bounds


@pytest.mark.parametrize(
    "query",
    [CHAIN_QUERY, "Ibrahim Salih Muhammad al-Banna", "Ibrahim Muhammad al-Bannani", "Salih Banna"],
)
@pytest.mark.parametrize("floor", [0.0, 0.5, NO_MATCH_THRESHOLD])
def test_the_indexed_matcher_finds_the_short_forms_brute_force_finds(query, floor):
    index = NameIndex.build(CHAIN_RECORDS)
    brute = BruteForceMatcher(index).match(query, top=3, min_score=floor)
    fast = Matcher(index).match(query, top=3, min_score=floor)
    assert [(c.id, round(c.score, 6)) for c in fast] == [(c.id, round(c.score, 6)) for c in brute]
    if query == CHAIN_QUERY:
        assert fast[0].id == "per:ibrahim-banna"
