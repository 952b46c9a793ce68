"""The words that make a body a sports club are data (``normx/resolve/data/kind_words.yaml``:
club_english, club_arabic, club_eponym), not lists in the rules' code (session 28,
h-health28). Each test would fail if its list lost a word the rule needs."""

from __future__ import annotations

import pytest

from normx.match.candidate import Candidate
from normx.resolve import club_city, club_eponym
from normx.resolve.club_city import club_words, is_club
from normx.resolve.club_eponym import eponym_over_club
from normx.resolve.generic import arabic_words


def test_the_rules_read_the_data_lists() -> None:
    assert club_city.CLUB_WORDS is club_words("club_english")
    assert club_city.ARABIC_CLUB_WORDS is club_words("club_arabic")
    assert club_eponym.CLUB_WORDS is club_words("club_eponym")
    assert club_words("club_eponym") <= club_words("club_english")


@pytest.mark.parametrize(
    "word", ["Club", "SC", "FC", "AFC", "AC", "CF", "Sporting", "Sportive", "Sportif"]
)
def test_a_club_by_a_word_of_its_english_name(word: str) -> None:
    def names(rid: str, lang: str) -> tuple[str, ...]:
        return (f"Ittihad {word} Tripoli",) if lang == "en" else ()

    assert is_club(names, "org:x")


@pytest.mark.parametrize("word", ["نادي", "النادي", "الرياضي"])
def test_a_club_by_a_word_of_its_arabic_name(word: str) -> None:
    def names(rid: str, lang: str) -> tuple[str, ...]:
        return (f"{word} الاتحاد",) if lang == "ar" else ()

    assert is_club(names, "org:x")


def test_a_body_without_a_club_word_is_no_club() -> None:
    def names(rid: str, lang: str) -> tuple[str, ...]:
        return ("Ittihad Company",) if lang == "en" else ("شركة الاتحاد",)

    assert not is_club(names, "org:x")


@pytest.mark.parametrize("word", ["SC", "FC", "Club", "AC"])
def test_the_body_a_club_is_named_after_leads_a_name_said_without_the_club_word(
    word: str,
) -> None:
    club = Candidate("org:club", f"Arab Contractors {word}", "ORG", 0.95, "", "phonetic")
    firm = Candidate("org:firm", "Arab Contractors Company", "ORG", 0.9, "", "phonetic")
    arabic = {
        "org:club": (tuple(arabic_words("نادي المقاولون العرب")),),
        "org:firm": (tuple(arabic_words("المقاولون العرب")),),
    }
    cands = [club, firm]
    assert eponym_over_club("Al-Mokawloun al-Arab", cands, arabic.__getitem__)[0] is firm
    said = f"Al-Mokawloun al-Arab {word}"
    assert eponym_over_club(said, cands, arabic.__getitem__)[0] is club
