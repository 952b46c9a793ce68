"""Generic place words are data: what kind of place, not which one."""

import pytest

from normx.text.generic import is_generic
from normx.text.normalize import analyse_name


@pytest.mark.parametrize("name", ["Marsa", "Mersa", "مرسى"])
def test_anchorage_is_a_generic_place_word(name):
    # Marsa al Brega is Brega; مرسى is matched through its romanisation
    assert is_generic(analyse_name(name)[0].form)


@pytest.mark.parametrize("word", ["port", "wadi", "bir", "zawiya", "new"])
def test_words_that_change_the_place_are_not_generic(word):
    assert not is_generic(word)
