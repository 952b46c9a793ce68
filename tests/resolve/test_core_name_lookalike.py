"""A lone word a facility's own name spells, linked by likeness to a village a consonant
apart, is the facility (normx.resolve.core_name.loose_place): the village is no rival reading
of the word, linked or not."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import core_name

AIRPORT = Record(
    "loc:bantiga-airport", "LOC", "Bantiga International Airport", "مطار بنتيقة الدولي"
)
VILLAGE = Record("loc:banteeq", "LOC", "Banteeq", "بنتيق")
TEXT = "Flights resumed on Monday at Bantika after a week of shelling, officials said."


def _ids(records: list[Record], text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


def test_without_the_rule_the_village_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(core_name, "loose_place", lambda cand, evidence: False)
    assert _ids([AIRPORT, VILLAGE], TEXT, "Bantika") == ["loc:banteeq"]


def test_the_facilitys_own_word_takes_the_lookalike_link() -> None:
    assert _ids([AIRPORT, VILLAGE], TEXT, "Bantika") == ["loc:bantiga-airport"]


def test_a_village_spelled_nearly_as_the_word_stays() -> None:
    # a vowel apart: a rival reading (core_name._rival), the place stands
    near = Record("loc:bantika", "LOC", "Bantiqa", "بنتيقة")
    assert _ids([AIRPORT, near], TEXT, "Bantika") != ["loc:bantiga-airport"]
