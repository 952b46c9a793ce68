"""Bodies and facilities named after their town: the place and the gloss words are one name
("Misrata Medical Centre" is مركز مصراتة الطبي, held under its Arabic name only), the generic
words alone name a kind of body any town has ("Medical Center" is not the Zawiya one), a glued
or shortened facility head still names the facility ("Tamanhint Airbase", "Tamanhint base"),
and a town said inside a body's name counts as named for a later loose spelling of it."""

from __future__ import annotations

import pytest
from link_pairs import link_map as _links
from link_pairs import mention_pairs as _pairs

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
    Record("loc:gharyan", "LOC", "Gharyan", "غريان"),
    Record("loc:tamanhint", "LOC", "Tamanhint", "تمنهنت"),
    Record("loc:tamanhint-base", "LOC", "Tamanhint Air Base", "قاعدة تمنهنت الجوية"),
    Record("loc:ghardabiya-base", "LOC", "Ghardabiya Air Base", "قاعدة القرضابية الجوية"),
    Record("org:misrata-mc", "ORG", None, "مركز مصراتة الطبي"),
    Record("org:zawiya-mc", "ORG", "Zawiya Medical Center", "مركز الزاوية الطبي"),
    Record("org:judicial-police", "ORG", None, "جهاز الشرطة القضائية"),
    Record(
        "org:ncdc", "ORG", "National Centre for Disease Control", "المركز الوطني لمكافحة الأمراض"
    ),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_place_and_gloss_words_are_one_arabic_only_body(nz: Normalizer) -> None:
    text = "The doctors of the Misrata Medical Centre began a strike on Sunday."
    links = _links(nz, text)
    assert links.get("Misrata Medical Centre") == "org:misrata-mc"
    assert "loc:misrata" not in links.values()


def test_the_bare_head_refers_to_the_body_just_named(nz: Normalizer) -> None:
    text = (
        "The doctors of the Misrata Medical Center began a strike on Sunday. "
        "The administration of the Center called it a disaster."
    )
    links = _links(nz, text)
    assert links.get("Center") == "org:misrata-mc"
    assert "org:zawiya-mc" not in links.values()


def test_an_arabic_only_service_is_found_by_its_gloss_words(nz: Normalizer) -> None:
    text = "He heads the Judicial Police Apparatus in the capital."
    assert "org:judicial-police" in _links(nz, text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Cancer patients travel to the Gharyan Medical Center for treatment.",
        "Cancer patients travel to the Medical Center for treatment.",
    ],
)
def test_generic_words_are_not_the_body_another_town_names(nz: Normalizer, text: str) -> None:
    # the word that makes it the Zawiya hospital is the one the text did not say
    assert "org:zawiya-mc" not in _links(nz, text).values()


def test_the_full_name_said_earlier_is_still_found_again(nz: Normalizer) -> None:
    text = (
        "The Zawiya Medical Center received the wounded on Monday. "
        "Later the Medical Center asked for blood donors."
    )
    assert _links(nz, text).get("Medical Center") == "org:zawiya-mc"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Russian cargo planes landed at Tamanhint Airbase on Monday.", "Tamanhint Airbase"),
        ("Russian cargo planes landed at Al-Tamanhint Airbase on Monday.", "Al-Tamanhint Airbase"),
    ],
)
def test_a_glued_facility_head_names_the_facility(nz: Normalizer, text: str, name: str) -> None:
    assert _links(nz, text).get(name) == "loc:tamanhint-base"


def test_a_town_named_inside_a_body_counts_as_named(nz: Normalizer) -> None:
    # "Misurata" alone opening the dateline only resembles the town's name; the text has
    # named the town inside the hospital's name
    text = "Misurata - The doctors of the Misrata Medical Center began a strike on Sunday."
    assert _links(nz, text).get("Misurata") == "loc:misrata"


def test_a_bare_head_the_document_keeps_using_stays_with_its_body(nz: Normalizer) -> None:
    text = (
        "The doctors of the Misrata Medical Center began a strike on Sunday. "
        "The administration of the Center called it a disaster. "
        "The minister visited the Center on Monday. "
        "The WHO is working with the National Center for Disease Control on vaccines. "
        "An official recalled that the Center was closed for weeks in 2018."
    )
    pairs = _pairs(nz, text)
    assert [i for t, i in pairs if t == "Center"] == ["org:misrata-mc"] * 3


def test_a_facility_named_with_its_towns_region_and_a_short_head(nz: Normalizer) -> None:
    # the town, its region said after it, and "Base" for "Air Base": the air base
    text = "Russian cargo planes landed at the Tamanhint Al-Wadi Base on Monday."
    assert _links(nz, text).get("Tamanhint Al-Wadi Base") == "loc:tamanhint-base"


def test_the_town_with_its_region_is_not_the_facility_named_after_it(nz: Normalizer) -> None:
    text = (
        "Russian cargo planes landed at the Tamanhint Al-Wadi Base on Monday. "
        "Residents of Tamanhint Al-Wadi said the flights went on all night."
    )
    pairs = _pairs(nz, text)
    assert ("Tamanhint Al-Wadi Base", "loc:tamanhint-base") in pairs
    assert [i for t, i in pairs if t.startswith("Tamanhint") and "Base" not in t] != [
        "loc:tamanhint-base"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cancer patients travel to the Medical Center for treatment.",
        "Cancer patients travel to the Gharyan Medical Center for treatment.",
    ],
)
def test_generic_words_alone_are_not_the_one_held_body_of_another_town(text: str) -> None:
    # the gazetteer holds one medical centre, the Zawiya one: "Medical Center" resembles its
    # English name but lacks the one word that makes it that body
    nz = Normalizer.from_records(
        [
            Record("loc:zawiya", "LOC", "Zawiya", "الزاوية"),
            Record("loc:gharyan", "LOC", "Gharyan", "غريان"),
            Record("org:zawiya-mc", "ORG", "Zawiya Medical Center", "مركز الزاوية الطبي"),
        ]
    )
    assert "org:zawiya-mc" not in _links(nz, text).values()
