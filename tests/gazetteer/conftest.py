"""Shared fixtures: an isolated cache per test and helpers to write gazetteer files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from normx.errors import GazetteerError, Problem
from normx.gazetteer import load_gazetteers

GOOD_YAML = """\
# A small gazetteer for tests.
- id: per:khalid-al-mishri
  type: PER
  name: {en: Khalid al-Mishri, ar: خالد المشري}
  aliases:
    en: [Khaled al-Meshri]
  xref: {wikidata: Q123, geonames: 2210554}
  source: test fixture
- id: loc:sirte
  type: LOC
  name: {en: Sirte, ar: سرت}
"""


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty cache directory (never the user's)."""
    cache = tmp_path / "cache"
    monkeypatch.setenv("NORMX_CACHE_DIR", str(cache))
    return cache


@pytest.fixture
def gaz_dir(tmp_path: Path) -> Path:
    path = tmp_path / "gaz"
    path.mkdir()
    return path


@pytest.fixture
def write(gaz_dir: Path) -> Callable[[str, str | bytes], Path]:
    """Write a file under the gazetteer directory (text as UTF-8, or raw bytes)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = gaz_dir / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture
def load_problems() -> Callable[..., list[Problem]]:
    """Load paths (without the shipped gazetteers); the load must fail; return its problems."""

    def _load_problems(*paths: Path | str, **kwargs: bool) -> list[Problem]:
        kwargs.setdefault("defaults", False)
        with pytest.raises(GazetteerError) as info:
            load_gazetteers(list(paths), **kwargs)
        return list(info.value.problems)

    return _load_problems


@pytest.fixture
def good_yaml() -> str:
    return GOOD_YAML
