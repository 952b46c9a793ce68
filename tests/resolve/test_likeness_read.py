"""A look-alike link the text contradicts: a place after a body's head ("mission Irini"), half
of a French name after its article ("in La Haye") (normx.resolve.body_head_word,
normx.resolve.french_article_word)."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import likeness_read, pipeline

# a body named by one word after its kind, and a village spelled nearly as the text's word
MISSION = Record("org:operation-sofira", "ORG", "Operation Sofira", "عملية سفيرة")
VILLAGE = Record("loc:sufayra", "LOC", "Sufayra", "الصفيرة")
HAGUE = Record("loc:the-hague", "LOC", "The Hague", "لاهاي")
HAMLET = Record("loc:hayy", "LOC", "Hayy", "حي")


def _ids(records: list[Record], text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


@pytest.fixture
def without_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(likeness_read, "body_head_words", lambda linker, rt, resolved: resolved)
    monkeypatch.setattr(
        likeness_read, "french_article_words", lambda linker, rt, resolved: resolved
    )
    monkeypatch.setattr(likeness_read, "unplaced_lookalikes", lambda linker, rt, resolved: resolved)
    # the exonym read (normx.resolve.french_exonym) would give "La Haye" its city: without it,
    # the half name meets the look-alike these rules are for
    monkeypatch.setattr(pipeline, "french_exonyms", lambda linker, rt, resolved: resolved)


TEXT_MISSION = "The European mission Sofira, which patrols off the coast, said it saw no flights."


def test_the_village_wins_the_word_alone(without_rules: None) -> None:
    # the case the rule is for: the look-alike place outscores the body's one word
    assert _ids([MISSION, VILLAGE], TEXT_MISSION, "Sofira") == ["loc:sufayra"]


def test_a_body_head_before_the_word_makes_it_the_body() -> None:
    assert _ids([MISSION, VILLAGE], TEXT_MISSION, "Sofira") == ["org:operation-sofira"]


def test_without_a_head_the_village_stands() -> None:
    text = "The convoy passed Sofira on its way south, residents said."
    assert _ids([MISSION, VILLAGE], text, "Sofira") == ["loc:sufayra"]


def test_no_body_holding_the_word_leaves_the_place() -> None:
    # nor does normx.resolve.unplaced_lookalike unlink it: nothing in the text says person
    assert _ids([VILLAGE], TEXT_MISSION, "Sofira") == ["loc:sufayra"]


TEXT_HAGUE = "For the researcher, of the institut Clingendael in La Haye, the Russians stay."


def test_the_half_name_reaches_a_hamlet_alone(without_rules: None) -> None:
    assert _ids([HAGUE, HAMLET], TEXT_HAGUE, "Haye") == ["loc:hayy"]


def test_a_word_after_a_french_article_is_no_lookalike() -> None:
    doc = Normalizer.from_records([HAGUE, HAMLET]).canonicalize(TEXT_HAGUE)
    assert all(m.id != "loc:hayy" for m in doc.mentions)


def test_an_article_word_spelled_as_the_record_stands() -> None:
    place = Record("loc:haye", "LOC", "Haye", "هاي")
    assert _ids([place], TEXT_HAGUE, "Haye") == ["loc:haye"]
