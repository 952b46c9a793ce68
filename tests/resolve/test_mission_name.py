"""A diplomatic mission named by its country and its seat is one name
(normx.resolve.mission_name): unlinked as a whole when no record holds it, never its country
and its town (articles-v51: "the Consulate General of Libya in Al-Qahira")."""

from pathlib import Path

import pytest

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("mission_name.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _mentions(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def _inside(nz: Normalizer, text: str, phrase: str) -> list[tuple[str, str | None]]:
    """The mentions within *phrase* where *text* writes it."""
    start = text.index(phrase)
    end = start + len(phrase)
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions if start <= m.start < end]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "Libya renewed the passports. The consul of the Consulate General of Libya in "
            "Al-Qahira said that the queues start before the dawn.",
            "Consulate General of Libya in Al-Qahira",
        ),
        (
            "The head of the Consulate General of Libya said that the queues start early.",
            "Consulate General of Libya",
        ),
        (
            "The Embassy of Libya in Al-Qahira renewed the passports.",
            "Embassy of Libya in Al-Qahira",
        ),
        (
            "The Consulate-General of Tunisia in Tripoli said it would open.",
            "Consulate-General of Tunisia in Tripoli",
        ),
    ],
)
def test_a_mission_nobody_holds_is_one_unlinked_name(
    nz: Normalizer, text: str, phrase: str
) -> None:
    assert _inside(nz, text, phrase) == [(phrase, None)]


def test_a_held_mission_stays_linked(nz: Normalizer) -> None:
    got = _mentions(nz, "The Embassy of Tunisia in Tripoli said it would open on Sunday.")
    assert ("Embassy of Tunisia in Tripoli", "org:embassy-of-tunisia-tripoli") in got


def test_the_country_and_town_outside_a_mission_stay_linked(nz: Normalizer) -> None:
    got = dict(_mentions(nz, "Libya sent a delegation to Al-Qahira and to Tunisia."))
    assert got["Libya"] == "loc:libya"
    assert got["Al-Qahira"] == "loc:cairo"
    assert got["Tunisia"] == "loc:tunisia"


def test_a_delegation_is_no_mission(nz: Normalizer) -> None:
    """MT's "legation" is وفد, a delegation: its complement stays a name of its own."""
    got = dict(_mentions(nz, "Legation of Tunisia arrived in Tripoli on Monday."))
    assert got.get("Tunisia") == "loc:tunisia"
