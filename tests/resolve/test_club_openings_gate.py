"""The gate of :func:`normx.resolve.club_seat.clubs_with_town_words` (session 32, h-tidy): the
matcher is asked about "<short name> <town>" only when a seated club of the gazetteer opens
with the short name's key, since no other answer could be taken. The answers are the same
with and without it (benchmarks/dump_sets.py over every open set); the end-to-end cases are
in test_club_seat.py."""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve.club_seat import clubs_with_town_words, seated_club_openings
from normx.resolve.document import Mention
from normx.resolve.said_words import opening_key

NAMES = {
    ("org:ahli", "en"): ("Al-Ahli SC (Tripoli)",),
    ("org:ahli", "ar"): ("النادي الأهلي (طرابلس)",),
    ("org:ittihad", "en"): ("Al-Ittihad Club",),  # a club that says no seat
    ("org:ittihad", "ar"): ("نادي الاتحاد",),
    ("org:health", "en"): ("Ministry of Health (Tripoli)",),  # seated, but no club
    ("org:health", "ar"): ("وزارة الصحة",),
}


def _names(record_id: str, lang: str) -> tuple[str, ...]:
    return NAMES.get((record_id, lang), ())


def _openings() -> frozenset[str]:
    orgs = [
        ("org:ahli", "Al-Ahli SC (Tripoli)", ["Al-Ahli SC (Tripoli)", "Ahli Tripoli"]),
        ("org:ittihad", "Al-Ittihad Club", ["Al-Ittihad Club"]),
        ("org:health", "Ministry of Health (Tripoli)", ["Ministry of Health (Tripoli)"]),
    ]
    return seated_club_openings(orgs, _names)


def test_only_a_seated_club_gives_its_openings() -> None:
    openings = _openings()
    assert opening_key("Al-Ahli") in openings
    assert opening_key("Ittihad") not in openings  # no seat: clubs_with_town_words takes none
    assert opening_key("Ministry") not in openings  # no club word


def test_a_short_name_no_seated_club_opens_with_asks_the_matcher_nothing() -> None:
    text = "Al-Ittihad Tarabulus won."
    mention = Mention(0, 20, text[:20], None, None, "ORG", 0.0, "none")
    asked: list[str] = []

    def match(query: str) -> list[Candidate]:
        asked.append(query)
        return []

    assert clubs_with_town_words(text, [mention], _names, match, _openings()) == (mention,)
    assert asked == []
    # with the key among the openings the same mention is asked about (its last word first)
    everything = _openings() | {opening_key("Al-Ittihad") or ""}
    assert clubs_with_town_words(text, [mention], _names, match, everything) == (mention,)
    assert asked == ["Tarabulus"]
