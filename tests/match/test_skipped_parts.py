"""A query that skips a part of a person's name chain and leaves the family name out is not a
short form of that name."""

import pytest

from normx.match.score import SKIPPED_PENALTY, score_tokens
from normx.text.normalize import analyse_name, core_tokens

SKIPPED = "parts skipped, surname not matched"


def _score(query: str, name: str, *, person: bool = True):
    q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
    return score_tokens(q, n, cross_script=False, person=person)


def test_given_name_and_grandfather_without_the_family_name_are_penalised():
    found = _score("Ahmed Mohammed", "Ahmad Oumar Imhamad al-Fitouri")
    assert SKIPPED in found.penalties
    # the penalty is what keeps two common names meeting by chance below the threshold
    assert found.score < 0.75 < found.score + SKIPPED_PENALTY


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Saddam Hussein", "Saddam Hussein al-Tikriti"),  # the first parts of the chain
        ("Khalifa Haftar", "Khalifa Belqasim Haftar"),  # given and family name
        ("Hussein Saddam", "Saddam Hussein al-Tikriti"),  # the first parts, reordered
        ("Hussein", "Saddam Hussein al-Tikriti"),  # a one-word query has its own rule
    ],
)
def test_usual_short_forms_are_not(query, name):
    assert SKIPPED not in _score(query, name).penalties


def test_places_are_not_name_chains():
    found = _score("Ahmed Mohammed", "Ahmad Oumar Imhamad al-Fitouri", person=False)
    assert SKIPPED not in found.penalties
