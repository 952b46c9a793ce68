"""A look-alike place for a word whose place the document names by its English adjective:
"the border with Tshad" in a text that says "the Chadian army" is Chad, not a town spelled
nearer (normx.resolve.adjective_place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.resolve import likeness_read
from normx.resolve.adjective_place import adjective_stems

# the user's Chad, identified by its Wikidata id with the shipped country (a place of note),
# and a town of the user's whose Arabic name the word "Tshad" spells nearer (شحات, across
# scripts) than it spells "Chad"
CHAD = """- id: loc:my-chad
  type: LOC
  name: {en: "Chad", ar: "تشاد"}
  xref: {wikidata: Q657}
"""
TOWN = """- id: loc:my-shahat
  type: LOC
  name: {en: "Shahat", ar: "شحات"}
"""
TEXT = "The convoy was heading towards the border with Tshad, officials said. {}"
SAID = "The Chadian army deployed its units along the border."
UNSAID = "The army deployed its units along the border."


def _ids(tmp_path: Path, body: str, text: str) -> list[str | None]:
    path = tmp_path / "mine.yaml"
    path.write_text(body, encoding="utf-8")
    nz = Normalizer.load([path], defaults=False, use_cache=False)
    return [m.id for m in nz.canonicalize(text).mentions if m.text == "Tshad"]


def test_the_town_takes_the_word_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(likeness_read, "adjective_places", lambda linker, rt, resolved: resolved)
    assert _ids(tmp_path, CHAD + TOWN, TEXT.format(SAID)) == ["loc:my-shahat"]


def test_the_documents_adjective_names_the_place(tmp_path: Path) -> None:
    assert _ids(tmp_path, CHAD + TOWN, TEXT.format(SAID)) == ["loc:my-chad"]


def test_a_plural_adjective_names_it_too(tmp_path: Path) -> None:
    text = TEXT.format("Among the detained were Chadians and Sudanese.")
    assert _ids(tmp_path, CHAD + TOWN, text) == ["loc:my-chad"]


def test_without_the_adjective_the_town_stands(tmp_path: Path) -> None:
    assert _ids(tmp_path, CHAD + TOWN, TEXT.format(UNSAID)) == ["loc:my-shahat"]


def test_a_place_not_of_note_is_not_taken(tmp_path: Path) -> None:
    # a place under a name no shipped record is identified with ("Tchad" pairs "Tshad" as
    # "Chad" does, 0.85): nothing says the adjective's place is one a text names, so the
    # look-alike stands
    unknown = CHAD.replace("  xref: {wikidata: Q657}\n", "").replace('"Chad"', '"Tchad"')
    text = TEXT.format(SAID.replace("Chadian", "Tchadian"))
    assert _ids(tmp_path, unknown + TOWN, text) == ["loc:my-shahat"]


def test_an_adjective_of_the_linked_place_keeps_it(tmp_path: Path) -> None:
    # the text also forms the town's own adjective: the word may be the town's
    text = TEXT.format(SAID + " Shahatian elders met them.")
    assert _ids(tmp_path, CHAD + TOWN, text) == ["loc:my-shahat"]


def test_stems() -> None:
    stems = adjective_stems("The Chadian army, Sudanese traders and Syrians.")
    assert stems["chad"] == "Chadian"
    assert stems["sudan"] == "Sudanese"
    assert stems["syria"] == "Syrians"
    assert "the" not in stems
