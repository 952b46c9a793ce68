"""A shipped village's alias does not keep a place of note's name from the user's record
identified with it (normx.gazetteer.village_aliases)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from normx.api import Normalizer
from normx.gazetteer.paths import DEFAULTS_ENV
from normx.gazetteer.schema import Record
from normx.gazetteer.village_aliases import VillageAliases

DISTRICT = {
    "id": "loc:nafusa-district",
    "type": "LOC",
    "name": {"en": "Nafusa District", "ar": "شعبية نفوسة"},
    "aliases": {"en": ["Nafusa"], "ar": ["نفوسة"]},
}
VILLAGE = {
    "id": "loc:an-nafisah",
    "type": "LOC",
    "name": {"en": "An Nafisah", "ar": "النفيسة"},
    "aliases": {"en": ["Nafusa"]},
    "note": "OSM place=village",
}
USER_GAZ = [
    {"id": "loc:my-nafusa", "type": "LOC", "name": {"en": "Nafusa District", "ar": "شعبية نفوسة"}}
]


def _load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shipped: list[dict[str, Any]]
) -> Normalizer:
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / "places.yaml").write_text(yaml.safe_dump(shipped, allow_unicode=True), "utf-8")
    home = [{"id": "loc:libya", "type": "LOC", "name": {"en": "Libya", "ar": "ليبيا"}}]
    (folder / "country-libya.yaml").write_text(yaml.safe_dump(home, allow_unicode=True), "utf-8")
    monkeypatch.setenv(DEFAULTS_ENV, str(folder))
    own = tmp_path / "mine.yaml"
    own.write_text(yaml.safe_dump(USER_GAZ, allow_unicode=True), "utf-8")
    return Normalizer.load([own], defaults=True, use_cache=False)


def _link(nz: Normalizer, text: str) -> str | None:
    return next(m.id for m in nz.canonicalize(text).mentions if "Nafusa" in m.text)


def test_the_users_district_takes_the_name_a_village_holds_as_an_alias(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nz = _load(tmp_path, monkeypatch, [DISTRICT, VILLAGE])
    assert _link(nz, "Farms in Al-Nafusa were flooded.") == "loc:my-nafusa"


def test_a_village_so_named_still_blocks_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    named = {**VILLAGE, "name": {"en": "Nafusa", "ar": "النفيسة"}, "aliases": {}}
    nz = _load(tmp_path, monkeypatch, [DISTRICT, named])
    assert _link(nz, "Farms in Al-Nafusa were flooded.") == "loc:an-nafisah"


def test_only_villages_yield_and_only_to_a_place_of_note() -> None:
    village = Record(
        "loc:an-nafisah", "LOC", "An Nafisah", "النفيسة", ("Nafusa",), note="OSM place=village"
    )
    town = Record("loc:town", "LOC", "Town", None, ("Nafusa",), note="OSM place=town")
    district = Record("loc:nafusa-district", "LOC", "Nafusa District", None, ("Nafusa",))
    aliases = VillageAliases([village, town, district], str.lower)
    assert aliases.yielding("nafusa", district) == {"loc:an-nafisah"}
    assert aliases.yielding("nafusa", village) == set()  # a village's twin: no standing above
    assert aliases.yielding("an nafisah", district) == set()  # a canonical name
