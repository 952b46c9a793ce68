"""The bare titles of a load are served from the cache on a warm load, and equal a cold one's."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.gazetteer import load_gazetteers, titles
from normx.gazetteer.compiled import compile_gazetteer
from normx.gazetteer.titles_cache import cached_bare_titles, titles_key

TITLED = """\
- id: t-loc:zawiya
  type: LOC
  name: {en: Wadi Zelmun (Libya), ar: وادي زلمون}
- id: t-org:gna
  type: ORG
  name: {en: Assembly of Free Towns (AFT)}
- id: t-per:haftar
  type: PER
  name: {en: Field Marshal Idris Bukhatwa, ar: إدريس بوخطوة}
- id: t-per:mishri
  type: PER
  name: {en: Salem Gharbawi (politician)}
- id: t-loc:tripoli-lb
  type: LOC
  name: {en: "Tripoli, Lebanon"}
- id: t-loc:sirte
  type: LOC
  name: {en: Sirte}
"""


def _write(tmp_path: Path, text: str = TITLED) -> Path:
    path = tmp_path / "gaz.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _compile(path: Path, *, defaults: bool, use_cache: bool):
    gaz = load_gazetteers([path], defaults=defaults, use_cache=use_cache)
    return compile_gazetteer(gaz, defaults=defaults, use_cache=use_cache)


@pytest.mark.parametrize("defaults", [True, False])
def test_warm_load_equals_cold_compile(
    tmp_path: Path, isolated_cache: Path, defaults: bool
) -> None:
    path = _write(tmp_path)
    cold = _compile(path, defaults=defaults, use_cache=False)
    first = _compile(path, defaults=defaults, use_cache=True)  # builds the cache
    assert list((isolated_cache / "bare-titles").glob("*.json"))
    warm = _compile(path, defaults=defaults, use_cache=True)  # served from it
    by_id = {r.id: r for r in cold.records}
    assert "Wadi Zelmun" in by_id["t-loc:zawiya"].aliases_en  # the gazetteer does give bare titles
    assert "AFT" in by_id["t-org:gna"].aliases_en
    assert "Idris Bukhatwa" in by_id["t-per:haftar"].aliases_en
    for got in (first, warm):
        assert got.records == cold.records
        assert got.inheritance == cold.inheritance
        assert [(n.entity, n.text, n.lang, n.normalized, n.tokens) for n in got.index.names] == [
            (n.entity, n.text, n.lang, n.normalized, n.tokens) for n in cold.index.names
        ]


def test_warm_load_does_not_run_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path)
    Normalizer.load(gazetteers=[path])
    cold = Normalizer.load(gazetteers=[path], use_cache=False)

    def fail(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("with_bare_titles ran on a warm load")

    monkeypatch.setattr(titles, "with_bare_titles", fail)
    warm = Normalizer.load(gazetteers=[path])
    assert [c.id for c in warm.match("Wadi Zelmun")][:1] == ["t-loc:zawiya"]
    assert warm.match("Wadi Zelmun") == cold.match("Wadi Zelmun")
    assert warm.match("Idris Bukhatwa") == cold.match("Idris Bukhatwa")


def test_key_follows_the_files_and_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path)
    gaz = load_gazetteers([path], defaults=False)
    key = titles_key(gaz, set())
    assert titles_key(gaz, {str(path)}) != key  # shipped records get no short forms
    other = load_gazetteers([_write(tmp_path, TITLED + "  note: x\n")], defaults=False)
    assert titles_key(other, set()) != key
    monkeypatch.setattr(titles, "COMMA_QUALIFIERS", not titles.COMMA_QUALIFIERS)
    assert titles_key(gaz, set()) != key


def test_damaged_entry_is_rebuilt(tmp_path: Path, isolated_cache: Path) -> None:
    path = _write(tmp_path)
    gaz = load_gazetteers([path], defaults=False)
    expected = titles.with_bare_titles(gaz.records)
    assert cached_bare_titles(gaz, set(), use_cache=True) == expected
    (entry,) = (isolated_cache / "bare-titles").glob("*.json")
    entry.write_text(entry.read_text().replace('"t-loc:zawiya"', '"loc:other"'), encoding="utf-8")
    assert cached_bare_titles(gaz, set(), use_cache=True) == expected  # ids differ: rebuilt
    assert cached_bare_titles(gaz, set(), use_cache=True) == expected  # and replaced
    assert '"t-loc:zawiya"' in entry.read_text()
