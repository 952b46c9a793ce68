"""Where a gazetteer name's disambiguating qualifier starts, and what it says."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normx.text.qualifier import Qualifier, head_of, trailing_qualifier


@pytest.mark.parametrize(
    ("name", "head", "words", "parenthetical"),
    [
        ("Tripoli (Lebanon)", "Tripoli", "Lebanon", True),
        ("Al-Ittihad Club (Tripoli)  ", "Al-Ittihad Club", "Tripoli", True),
        ("Minya, Egypt", "Minya", "Egypt", False),
        ("Martyrs' Square,Beirut", "Martyrs' Square", "Beirut", False),
        # only the last qualifier counts
        ("Al-Ahly (Benghazi), Libya", "Al-Ahly (Benghazi)", "Libya", False),
        ("Tripoli, Libya (city)", "Tripoli, Libya", "city", True),
        ("باريس (تكساس)", "باريس", "تكساس", True),
    ],
)
def test_reads_the_closing_qualifier(name, head, words, parenthetical):
    qualifier = trailing_qualifier(name)
    assert qualifier is not None
    assert (head_of(name, qualifier), qualifier.words, qualifier.parenthetical) == (
        head,
        words,
        parenthetical,
    )


@pytest.mark.parametrize(
    "name",
    ["Khalifa Haftar", "Tripoli (Lebanon) Port", "Benghazi,", "Misrata (", "Sirte)"],
)
def test_names_without_a_closing_qualifier(name):
    assert trailing_qualifier(name) is None


def test_empty_parentheses_say_nothing():
    assert trailing_qualifier("Sabha ()") == Qualifier(5, "", True)


_WORD = st.text(alphabet="abcdefgh -'", min_size=1, max_size=12).filter(str.strip)


@given(_WORD, _WORD, st.booleans())
def test_head_and_qualifier_rebuild_the_name(head, words, parenthetical):
    name = f"{head} ({words})" if parenthetical else f"{head}, {words}"
    qualifier = trailing_qualifier(name)
    assert qualifier is not None and qualifier.parenthetical == parenthetical
    assert qualifier.words == words.strip()
    assert head_of(name, qualifier) == head.rstrip()
