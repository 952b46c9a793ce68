"""Place keys of the gloss tables: one analysis per name, cached for large gazetteers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normx.mt import gloss_index
from normx.mt.gloss_index import latin_place_keys, place_keys
from normx.text.normalize import analyse_name, core_tokens, normalize_name

NAMES = [
    "Tripoli",
    "Al-Jufrah",
    "Abd al-Samad",
    "Bani Walid",
    "Ras Lanuf, Libya",
    "Ain Zara",
    "Wadi al-Shati",
    "طرابلس",  # not a Latin name, but the keys must still be the analysis's
    "",
    "5+5",
    "El Agheila",
]


@pytest.mark.parametrize("name", NAMES)
def test_place_keys_are_the_normalised_name_and_its_phonetic_keys(name: str) -> None:
    keys = " ".join(t.key for t in core_tokens(analyse_name(name)) if t.key)
    assert latin_place_keys(name) == (normalize_name(name), keys)


def test_cached_keys_equal_computed_ones_and_survive_damage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gloss_index, "PLACE_KEYS_CACHED_FROM", 1)
    expected = [latin_place_keys(n) for n in NAMES]
    assert place_keys(NAMES) == expected  # built, written
    (entry,) = (tmp_path / "gloss-places").glob("*.json")
    assert place_keys(NAMES) == expected  # read back
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["value"] = data["value"][:-1]  # an entry that lost a row
    entry.write_text(json.dumps(data), encoding="utf-8")
    assert place_keys(NAMES) == expected
    assert place_keys(NAMES[:3]) == expected[:3]  # other names, another entry
    assert len(list((tmp_path / "gloss-places").glob("*.json"))) == 2
