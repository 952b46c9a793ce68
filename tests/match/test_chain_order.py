"""Name parts in another order: a rotation (the surname written first) is a writing habit, a
swap inside the chain names another person (Muammar son of Muhammad is not Muhammad son of
Muammar)."""

from normx.match.score import CHAIN_SWAP_PENALTY, REORDER_PENALTY, score_tokens
from normx.text.normalize import analyse_name, core_tokens


def _score(query: str, name: str, *, person: bool = True):
    return score_tokens(
        core_tokens(analyse_name(query)),
        core_tokens(analyse_name(name)),
        cross_script=False,
        person=person,
    )


def test_swapped_chain_parts_lose_to_the_name_in_the_query_order():
    query = "Muammar Muhammad Ghadaffi"
    father = _score(query, "Muammar Mohammed Abu Minyar Qadhafi")
    son = _score(query, "Mohammed Muammar Qadhafi")
    assert "chain parts swapped" in son.penalties
    assert "reordered" not in father.penalties
    assert father.score > son.score


def test_a_surname_written_first_is_a_rotation_not_a_swap():
    for query in ("Qaddafi Muammar", "Qaddafi Muammar Mohammed", "Hussein Saddam"):
        found = _score(query, "Muammar Mohammed Qadhafi" if "Q" in query else "Saddam Hussein")
        assert "reordered" in found.penalties
        assert "chain parts swapped" not in found.penalties


def test_the_swap_costs_more_than_a_rotation_and_only_for_persons():
    name = "Ahmed Khalifa Saleh Bukhari"
    rotated = _score("Bukhari Ahmed Khalifa Saleh", name)
    swapped = _score("Khalifa Ahmed Saleh Bukhari", name)
    assert abs((rotated.score - swapped.score) - CHAIN_SWAP_PENALTY) < 1e-9
    place = _score("Khalifa Ahmed Saleh Bukhari", name, person=False)
    assert "chain parts swapped" not in place.penalties
    assert abs((1.0 - REORDER_PENALTY) - place.score) < 1e-9


def test_repeated_parts_are_paired_the_way_that_rotates():
    # "MUSTAPHA, Kamel Mustapha" written in another order: either Mustapha may pair with
    # either one of the name; one pairing is a rotation, so the parts are not swapped
    found = _score("Kamel Mustapha Mustapha", "Mustafa Kamal Mustafa Ibrahim")
    assert "reordered" in found.penalties
    assert "chain parts swapped" not in found.penalties
    swapped = _score("Kamel Mustapha Ibrahim", "Mustafa Kamal Mustafa Ibrahim")
    assert "chain parts swapped" not in swapped.penalties  # Kamel Mustafa: a rotation too
    third = _score("Ibrahim Kamel Mustapha Ali", "Mustafa Kamal Ali Ibrahim")
    assert "chain parts swapped" in third.penalties


def test_no_swap_penalty_across_scripts():
    query = core_tokens(analyse_name("Muammar Muhammad Qadhafi"))
    name = core_tokens(analyse_name("محمد معمر القذافي"))
    found = score_tokens(query, name, cross_script=True, person=True)
    assert "reordered" in found.penalties
    assert "chain parts swapped" not in found.penalties
