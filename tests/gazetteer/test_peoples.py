"""A people's "X people" title stands for the bare X; a tribe's plural is not a member's
family name (normx.gazetteer.peoples)."""

from __future__ import annotations

from normx.gazetteer.peoples import (
    is_people_name,
    people_bare,
    plural_of_nisba,
    tribe_shaped,
)
from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles


def test_the_people_title_gives_the_bare_name() -> None:
    assert people_bare("Tuareg people", "ORG") == "Tuareg"
    assert people_bare("Kel Ajjer people", "ORG") == "Kel Ajjer"
    assert people_bare("Zuwayya tribe", "ORG") == "Zuwayya"


def test_no_bare_name_for_persons_bodies_or_plain_names() -> None:
    assert people_bare("Tuareg people", "PER") is None
    assert people_bare("Council of the Tuareg people", "ORG") is None  # a lower-case word
    assert people_bare("Supreme Council of Libyan Tuareg", "ORG") is None
    assert people_bare("people", "ORG") is None
    assert people_bare("Tuareg", "ORG") is None
    assert is_people_name("Toubou people")
    assert not is_people_name("Toubou Front for the Salvation of Libya")
    assert not is_people_name(None)


def test_the_bare_name_is_an_alias_unless_another_record_holds_it() -> None:
    people = Record("org:tuareg-people", "ORG", "Tuareg people", "الطوارق")
    front = Record("org:front", "ORG", "Toubou Front for the Salvation of Libya")
    out = with_bare_titles([people, front, Record("org:toubou-people", "ORG", "Toubou people")])
    assert "Tuareg" in out[0].aliases_en
    assert out[0].name_en == "Tuareg people"  # the user's canonical name is kept
    assert "Toubou" in out[2].aliases_en  # a body named after the people does not block it
    held = with_bare_titles([people, Record("org:tuareg", "ORG", "Tuareg")])
    assert "Tuareg" not in held[0].aliases_en


def test_a_tribe_plural_is_not_the_nisba() -> None:
    assert plural_of_nisba("Gaddadfa", "gaddafi")
    assert plural_of_nisba("Warfalla", "werfalli")
    assert not plural_of_nisba("Gadafi", "gaddafi")
    assert not plural_of_nisba("Dbeiba", "dbeibah")  # both end in ة


def test_tribe_shape_is_one_word_with_a_plural_ending() -> None:
    assert tribe_shaped("Warfalla")
    assert tribe_shaped("Magarha")
    assert tribe_shaped("الورفلة")
    assert not tribe_shaped("Hamas")
    assert not tribe_shaped("Awlad Suleiman")
