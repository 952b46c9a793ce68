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


@pytest.mark.parametrize(
    "translated,english",
    [
        ("Città vecchia di Tripoli", "Citta old of Tripoli"),
        ("Vieille ville Al Marj", "Old ville Al Marj"),
        ("Nuova Brega", "New Brega"),
        ("Nueva Brega", "New Brega"),
    ],
)
def test_translated_place_words_read_as_english(translated, english):
    assert [t.form for t in analyse_name(translated)] == [t.form for t in analyse_name(english)]


def test_a_translated_word_inside_a_name_is_left_alone():
    # only whole words are place words: "Altun", "Denna", "Dinar" keep their letters
    assert [t.form for t in analyse_name("Altun Denna Dinar")] == ["altun", "denna", "dinar"]


def test_compound_parts_are_data():
    from normx.text.generic import compound_parts

    assert compound_parts("airbase") == ("air", "base")
    assert compound_parts("tamanhint") == ("tamanhint",)
