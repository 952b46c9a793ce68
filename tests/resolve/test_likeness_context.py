"""A look-alike link the text contradicts: a place after "the airport of" when a facility's
name holds the word (normx.resolve.facility_head_word); a minor place the document never
uses as a place (normx.resolve.unplaced_lookalike)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import likeness_read
from normx.resolve.unplaced_lookalike import placed

# a base named after its town, and a village spelled a vowel apart from the town's word
BASE = Record("loc:tamarit-air-base", "LOC", "Tamarit Air Base", "قاعدة تمريت الجوية")
VILLAGE = Record("loc:tamirat", "LOC", "Tamerit", "تميرات")
# a hamlet spelled nearly as a man's nickname
HAMLET = Record("loc:hamidi", "LOC", "Hamadi", "حمادي")
GENERAL = Record("per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر")


def _ids(records: list[Record], text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


@pytest.fixture
def without_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(likeness_read, "facility_head_words", lambda linker, rt, resolved: resolved)
    monkeypatch.setattr(likeness_read, "unplaced_lookalikes", lambda linker, rt, resolved: resolved)


TEXT_AIRPORT = "At the end of his visit, the minister went to the airport of Tamarit, aides said."


def test_the_village_wins_the_word_alone(without_rules: None) -> None:
    assert _ids([BASE, VILLAGE], TEXT_AIRPORT, "Tamarit") == ["loc:tamirat"]


def test_a_facility_head_and_of_make_the_word_the_facility() -> None:
    assert _ids([BASE, VILLAGE], TEXT_AIRPORT, "Tamarit") == ["loc:tamarit-air-base"]


def test_without_the_head_the_village_stands() -> None:
    text = "The convoy reached Tamarit at dawn, and residents of Tamarit said it left."
    assert _ids([BASE, VILLAGE], text, "Tamarit") == ["loc:tamirat", "loc:tamirat"]


def test_no_facility_holding_the_word_leaves_the_place() -> None:
    assert _ids([VILLAGE], TEXT_AIRPORT, "Tamarit") == ["loc:tamirat"]


TEXT_NICKNAME = (
    "The government said weapons passed through the south to the militia of Hemadi in Darfur. "
    "It added that the relations between Saddam Haftar and Hemadi go back years."
)


def test_the_hamlet_takes_the_nickname_alone(without_rules: None) -> None:
    assert _ids([HAMLET, GENERAL], TEXT_NICKNAME, "Hemadi") == ["loc:hamidi", "loc:hamidi"]


def test_a_lookalike_used_as_a_person_never_as_a_place_is_unlinked() -> None:
    # "the militia of Hemadi"; "Saddam Haftar and Hemadi"
    assert _ids([HAMLET, GENERAL], TEXT_NICKNAME, "Hemadi") == [None, None]


def test_a_lookalike_the_text_places_stays() -> None:
    text = TEXT_NICKNAME + " Fighting broke out in Hemadi on Sunday."
    assert _ids([HAMLET, GENERAL], text, "Hemadi") == ["loc:hamidi"] * 3


def test_a_lookalike_neither_placed_nor_personal_stays() -> None:
    # a list of terminals: never "in" them, but nothing says person either
    text = "Exports resumed at the terminals of Brega, Hemadi and Zueitina, the company said."
    assert _ids([HAMLET, GENERAL], text, "Hemadi") == ["loc:hamidi"]


def test_a_place_spelled_as_written_is_no_lookalike() -> None:
    text = TEXT_NICKNAME.replace("Hemadi", "Hamadi")
    assert _ids([HAMLET, GENERAL], text, "Hamadi") == ["loc:hamidi", "loc:hamidi"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fighting in Sabha", True),
        ("they came from the Sabha", True),
        ("the town of Sabha", True),
        ("south of Sabha", True),
        ("the militia of Sabha", False),
        ("Haftar and Sabha", False),
        ("Sabha said", False),
    ],
)
def test_placed(text: str, expected: bool) -> None:
    assert placed(text, text.index("Sabha")) is expected


def test_a_facility_of_another_kind_is_no_answer() -> None:
    # "the airport of X" is not X University
    school = Record("loc:tamarit-university", "LOC", "Tamarit University", "جامعة تمريت")
    assert _ids([school, VILLAGE], TEXT_AIRPORT, "Tamarit") == ["loc:tamirat"]


def test_a_naval_base_is_no_airport() -> None:
    # "the naval base of X": the head's last word says base, which no airport's name holds
    airport = Record("loc:tamarit-airport", "LOC", "Tamarit Airport", "مطار تمريت")
    text = "At the end of his visit, the minister went to the naval base of Tamarit, aides said."
    assert _ids([airport, VILLAGE], text, "Tamarit") == ["loc:tamirat"]
    # while "the base of X" still reaches the air base by the head it names
    text = "At the end of his visit, the minister went to the base of Tamarit, aides said."
    assert _ids([BASE, VILLAGE], text, "Tamarit") == ["loc:tamarit-air-base"]
