"""A lone English word capitalised by its position is no loose match of a place or body
(normx.resolve.english_word)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.english_word import (
    english_demonym,
    english_ending,
    english_shaped,
    looks_like_english,
    skeleton,
)

RECORDS = [
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس", aliases_en=("Tarabulus",)),
    Record("loc:africa", "LOC", "Africa", "أفريقيا"),
    Record("loc:sabha", "LOC", "Sabha", "سبها"),
    Record(
        "org:ecfr",
        "ORG",
        "European Council on Foreign Relations",
        "المجلس الأوروبي للعلاقات الخارجية",
    ),
]


def _ids(text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(RECORDS).canonicalize(text).mentions}


def test_an_adjective_after_a_dateline_is_not_a_place_it_sounds_like() -> None:
    ids = _ids(
        "GHARYAN, Libya (AP) — Tribal leaders met on Sunday. Fighters later left Tripoli "
        "for the south."
    )
    assert ids.get("Tripoli") == "loc:tripoli"
    assert ids.get("Tribal") is None


def test_a_word_of_a_title_phrase_is_not_a_place_it_sounds_like() -> None:
    ids = _ids("The Minister of Foreign Affairs flew to Africa. Trade with Africa grew by a third.")
    assert ids.get("Africa") == "loc:africa"
    assert ids.get("Affairs") is None


def test_a_sentence_opening_word_is_not_one_word_of_a_longer_body_name() -> None:
    ids = _ids("The talks ended. Relations between the two towns had been tense for years.")
    assert ids.get("Relations") is None


def test_a_variant_spelling_of_a_named_place_still_opens_a_sentence() -> None:
    ids = _ids("Doctors in Sabha went on strike. Sebha has one hospital for the whole south.")
    assert ids.get("Sabha") == "loc:sabha"
    assert ids.get("Sebha") == "loc:sabha"


def test_english_ending_needs_a_stem_of_four_letters() -> None:
    assert english_ending("tribal") == "al"
    assert english_ending("relations") == "ions"  # "rel" is too short a stem
    assert english_ending("affairs") == "rs"
    assert english_ending("jamal") is None  # "jam" + "al": an Arabic pattern, not a suffix
    assert english_ending("sabha") is None
    assert english_ending("misrata") is None


def test_english_shaped_reads_the_matched_name() -> None:
    assert english_shaped("tribal", "Tripoli")
    assert not english_shaped("senegal", "Senegal")  # the name ends so itself
    assert english_shaped("relations", "European Council on Foreign Relations")  # one word of five
    assert not english_shaped("sebha", "Sabha")


def test_looks_like_english_takes_a_lower_case_use_or_an_unexplained_suffix() -> None:
    cand = Candidate("loc:sabha", "Sabha", "LOC", 0.9, "Sabha", "fuzzy", {})
    assert not looks_like_english("sebha", cand, set())
    assert looks_like_english("sebha", cand, {"sebha"})  # the text writes it in lower case
    nepal = Candidate("loc:x", "Nipal", "LOC", 0.9, "Nipal", "fuzzy", {})
    assert not looks_like_english("nepal", nepal, set(), ["Nepal"])  # an alias explains it


def test_an_english_demonym_inside_a_sentence_is_not_a_look_alike_place() -> None:
    assert english_demonym("beninese", ["Bani Nis"])
    assert not english_demonym("beninese", ["Beninese"])  # the name ends so itself
    assert not english_demonym("sabha", ["Sabha"])


def test_a_suffix_that_differs_from_the_name_only_in_vowels_is_explained() -> None:
    assert not english_shaped("takbal", "Takbel")
    assert not english_shaped("marsous", "Marsus")
    assert not english_shaped("rasheed", "Rashid")
    assert english_shaped("affairs", "Africa")
    assert skeleton("tripoli") == "trVpVlV"
