"""Club names as MT and Latin spellings write them (session 26, h-clubs26): the Arabic article
glued to a club's word ("Alwahda" after "Al-Wahda Tripoli"), a French club name glossed word
for word through English ("Jeunesse of the Massira" for Jeunesse Sportive du Massira), its
sports kind word left out before a foreign demonym; French "du" read as "of the"."""

from __future__ import annotations

import pytest
from link_pairs import pairs_for

from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record
from normx.resolve.article_word import glued_article_word
from normx.text.normalize import analyse_name


def _org(key: str, en: str, ar: str) -> Record:
    return Record(id=f"org:{key}", type="ORG", name_en=en, name_ar=ar)


RECORDS = [
    _org("wahda-tripoli", "Al-Wahda SC (Tripoli)", "نادي الوحدة (طرابلس)"),
    _org("wahda-abudhabi", "Al-Wahda FC", "نادي الوحدة (أبوظبي)"),
    _org("js-massira", "Jeunesse Sportive du Massira", "شباب المسيرة"),
    Record(id="loc:tripoli", type="LOC", name_en="Tripoli", name_ar="طرابلس"),
    Record(id="loc:north-africa", type="LOC", name_en="North Africa", name_ar="شمال أفريقيا"),
    Record(id="loc:abu-dhabi", type="LOC", name_en="Abu Dhabi", name_ar="أبوظبي"),
]
_links = pairs_for(RECORDS)


def test_a_glued_article_word_is_the_club_named_before_glued() -> None:
    text = "Alwahda Tripoli won on Friday. The striker of Alwahda scored twice."
    assert ("Alwahda", "org:wahda-tripoli") in _links(text)


def test_a_glued_article_word_is_the_club_named_before_apart() -> None:
    text = "Al-Wahda Tripoli won on Friday. The striker of Alwahda scored twice."
    assert ("Alwahda", "org:wahda-tripoli") in _links(text)


def test_a_glued_article_word_takes_no_club_the_text_never_named() -> None:
    found = _links("The striker of Alwahda scored twice on Friday.")
    assert ("Alwahda", "org:wahda-tripoli") not in found


def test_a_french_club_name_glossed_through_english_after_a_demonym() -> None:
    text = "The hosts drew with the Moroccan Jeunesse of the Massira on Sunday."
    assert ("Jeunesse of the Massira", "org:js-massira") in _links(text)


def test_french_du_reads_as_of_the() -> None:
    assert [t.form for t in analyse_name("Jeunesse of the Massira")] == [
        t.form for t in analyse_name("Jeunesse du Massira")
    ]


def test_a_french_region_with_its_compass_point_by_gloss() -> None:
    # "du" read "of the" no longer lets the reordered English likeness reach it; the gloss does
    text = "Le ministre a fait une tournée en Afrique du Nord la semaine dernière."
    assert ("Afrique du Nord", "loc:north-africa") in _links(text)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("of Alahly said", True),
        ("of Elmadina said", True),
        ("of Ali said", False),  # the rest is under the particle table's minimum
        ("of Also said", False),
        ("of alahly said", False),  # not capitalised
        ("of Al3ahly said", False),  # not letters only
    ],
)
def test_glued_article_word(text: str, glued: bool) -> None:
    # the second token alone (h-review26a)
    assert glued_article_word(tokenize(text), 1, 1) is glued


def test_glued_article_word_is_one_token() -> None:
    assert not glued_article_word(tokenize("of Alahly Benghazi said"), 1, 2)
