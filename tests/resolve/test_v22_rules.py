"""Session 16's rules for v22's error kinds, each on the hand-written gazetteer beside this
file (``v22_rules.yaml``): a word that refers back to a body named before, not one named later
(normx.resolve.named_before); a surname before "clan" names no one (family_group); a bare
surname far from the son last named is the man named first (principal_first); a club's name
said without "SC" is the company it is named after (club_eponym); a word of a quoted name the
gazetteers lack links nothing (quoted_name); a French facility's complement is no town
(french_facility); a French acronym written as a word (word_acronym); a sentence's first
word that is one word of a long name (opening_part); a weather service's gloss and the UAE's
country words (gloss lexicon data, through normx.resolve.foreign_frame)."""

from __future__ import annotations

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.resolve.quoted_name import title_case_name

GAZETTEER = Path(__file__).with_name("v22_rules.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_word_refers_to_the_body_named_before_not_after(nz: Normalizer) -> None:
    # "Crescent" ties among the societies; the matcher hands back a few of them (Iraqi, not
    # Tunisian): the one the document named before is meant, not the one it names later
    text = (
        "The Tunisian Red Crescent said that its teams reached Zliten. The spokesman of the "
        "Crescent said the teams work day and night. Later the Iraqi Red Crescent sent trucks."
    )
    assert ("Crescent", "org:tunisian-red-crescent") in _links(nz, text)


def test_a_surname_before_clan_names_no_one(nz: Normalizer) -> None:
    text = (
        "Rivals in the shadow of the Barouni clan. Salem Barouni leads the council. "
        "Tarek Barouni and Nabil Barouni run the fund. Salem Barouni's family was there."
    )
    found = _links(nz, text)
    assert ("Barouni", "per:salem-barouni") not in found
    assert ("Salem Barouni", "per:salem-barouni") in found


def test_a_bare_surname_far_from_the_son_is_the_man_named_first(nz: Normalizer) -> None:
    text = (
        "Salem Barouni, the head of the council, rules the town.\n\n"
        "Tarek Barouni runs the fund, while Nabil Barouni oversaw the relief.\n\n"
        "Critics say the funds were spent with little oversight.\n\n"
        "The money has become a point of rivalry between Barouni and the government."
    )
    assert _links(nz, text)[-1] == ("Barouni", "per:salem-barouni")


def test_the_surname_next_to_the_son_is_the_son(nz: Normalizer) -> None:
    text = (
        "Salem Barouni, the head of the council, rules the town.\n\n"
        "Tarek Barouni runs the fund, while Nabil Barouni oversaw the relief.\n\n"
        "Barouni said the work would end soon."
    )
    assert _links(nz, text)[-1] == ("Barouni", "per:nabil-barouni")


def test_a_club_name_without_its_club_word_is_the_company(nz: Normalizer) -> None:
    assert _links(nz, "The contract went to Al-Bannaoun al-Arab last week.") == [
        ("Al-Bannaoun al-Arab", "org:arab-builders")
    ]
    assert _links(nz, "Al-Bannaoun al-Arab SC won the cup.") == [
        ("Al-Bannaoun al-Arab SC", "org:arab-builders-sc")
    ]


def test_a_word_of_a_quoted_unknown_name_links_nothing(nz: Normalizer) -> None:
    text = (
        'Parliament created the "Housing Fund for the Workers of Gharyan and the Western '
        'Towns" last year, and people in Gharyan waited.'
    )
    assert _links(nz, text) == [("Gharyan", "loc:gharyan")]
    assert title_case_name("Housing Fund for the Workers of Gharyan")
    assert not title_case_name("the people of Gharyan are waiting")


def test_a_french_facility_complement_is_no_town(nz: Normalizer) -> None:
    text = "Le barrage de Zliten a cédé, puis l'eau a atteint Zliten."
    assert _links(nz, text) == [("Zliten", "loc:zliten")]


def test_a_french_acronym_written_as_a_word(nz: Normalizer) -> None:
    found = _links(nz, "La Manul a rencontré le Pam à Gharyan.")
    assert ("Manul", "org:unsmil") in found
    assert not any(t == "Pam" for t, _ in found)  # three letters: a word or a given name


def test_an_opening_word_that_is_one_word_of_a_long_name(nz: Normalizer) -> None:
    assert _links(nz, "Relief groups say the toll is rising in Zliten.") == [
        ("Zliten", "loc:zliten")
    ]


def test_the_frames_weather_service_over_a_foreign_namesake(nz: Normalizer) -> None:
    text = "The General Authority of Meteorology warned of heavy rain in Gharyan."
    assert _links(nz, text)[0] == (
        "General Authority of Meteorology",
        "org:libyan-weather-authority",
    )
    text = "In Abu Dhabi, the UAE's General Authority of Meteorology said the storm would pass."
    assert ("General Authority of Meteorology", "org:weather-authority-uae") in _links(nz, text)
