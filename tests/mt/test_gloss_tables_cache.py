"""The gloss tables of an index loaded through the compiled cache are cached beside it.

A first glossed query over a large gazetteer built the tables (0.13 s over 100,000 entities);
an index that came through the compiled cache carries the cache's key
(:attr:`normx.match.index.NameIndex.cache_key`), and its tables are read from the
``gloss-tables`` entry under that key instead. They must be the tables a build gives, and the
glossed answers the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.match.index import NameIndex
from normx.mt import gloss_index
from normx.mt.gloss_index import GlossTables, gloss_tables
from normx.mt.lexicon import default_lexicon

ROWS = [
    {"id": "org:gna", "type": "ORG", "name": {"en": "Government of National Accord",
                                               "ar": "حكومة الوفاق الوطني"}},
    {"id": "org:hor", "type": "ORG", "name": {"en": "House of Representatives",
                                               "ar": "مجلس النواب"}},
    {"id": "org:lna", "type": "ORG", "name": {"en": "Libyan National Army",
                                               "ar": "الجيش الوطني الليبي"}},
    {"id": "org:sirte-court", "type": "ORG", "name": {"ar": "محكمة استئناف سرت"}},
    {"id": "loc:sirte", "type": "LOC", "name": {"en": "Sirte", "ar": "سرت"}},
    {"id": "loc:tobruk", "type": "LOC", "name": {"en": "Tobruk", "ar": "طبرق"}},
    {"id": "loc:jufra", "type": "LOC", "name": {"en": "Jufra", "ar": "الجفرة"}},
    {"id": "per:khalifa-haftar", "type": "PER", "name": {"en": "Khalifa Haftar",
                                                         "ar": "خليفة حفتر"}},
]  # fmt: skip
FIELDS = (
    "generic_readings", "weak_readings", "place_readings", "national_readings",
    "place_by_norm", "place_by_key", "place_arabic", "names", "postings", "by_key",
)  # fmt: skip
PHRASES = ["Accord Government", "the Tobruk parliament", "Sirte Court of Appeal", "Saiqa"]


@pytest.fixture
def gazetteer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(gloss_index, "TABLES_CACHED_FROM", 1)
    path = tmp_path / "bodies.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
    return path


def _entries(gazetteer: Path) -> list[Path]:
    return sorted((gazetteer.parent / "cache" / "gloss-tables").glob("*.json"))


def _same_tables(a: GlossTables, b: GlossTables) -> None:
    for field in FIELDS:
        x, y = getattr(a, field), getattr(b, field)
        assert x == y, field
        if isinstance(x, dict):
            assert list(x) == list(y), field  # the same order too
    assert a.lexicon is b.lexicon


def _answers(nz: Normalizer) -> list[list[tuple[str, float, str]]]:
    return [[(c.id, c.score, c.method) for c in nz.match(p, top=3)] for p in PHRASES]


def test_cached_tables_are_the_built_ones_and_answer_alike(gazetteer: Path) -> None:
    nz = Normalizer.load(gazetteers=[gazetteer], defaults=False)
    assert nz.index.cache_key is not None
    cached = gloss_tables(nz.index)  # built, written, read back through JSON
    assert len(_entries(gazetteer)) == 1
    built = GlossTables(nz.index, default_lexicon())
    _same_tables(cached, built)
    assert any(c.method == "gloss" for c in nz.match("Accord Government", top=3))
    answers = _answers(nz)

    again = Normalizer.load(gazetteers=[gazetteer], defaults=False)
    assert again.index is not nz.index
    _same_tables(gloss_tables(again.index), built)
    assert _answers(again) == answers
    # an index built in memory (no cache key) builds its tables and gives the same answers
    plain = Normalizer(nz.records, NameIndex.build(nz.records))
    assert plain.index.cache_key is None
    assert _answers(plain) == answers
    assert len(_entries(gazetteer)) == 1


def test_a_warm_load_reads_the_tables(gazetteer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gloss_tables(Normalizer.load(gazetteers=[gazetteer], defaults=False).index)

    def no_build(*args: object) -> None:
        raise AssertionError("the tables were built, not read")

    monkeypatch.setattr(GlossTables, "__init__", no_build)
    tables = gloss_tables(Normalizer.load(gazetteers=[gazetteer], defaults=False).index)
    assert tables.names and tables.postings


def test_a_damaged_or_older_entry_is_rebuilt_and_replaced(gazetteer: Path) -> None:
    nz = Normalizer.load(gazetteers=[gazetteer], defaults=False)
    expected = GlossTables(nz.index, default_lexicon())
    gloss_tables(nz.index)
    (entry,) = _entries(gazetteer)
    for damage in ({"format": gloss_index.TABLES_FORMAT - 1}, {"names": [[0]]}, {"postings": []}):
        data = json.loads(entry.read_text(encoding="utf-8"))
        data["value"].update(damage)
        entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        index = Normalizer.load(gazetteers=[gazetteer], defaults=False).index
        _same_tables(gloss_tables(index), expected)
        value = json.loads(entry.read_text(encoding="utf-8"))["value"]
        assert value["format"] == gloss_index.TABLES_FORMAT
        assert value["names"] == expected.to_json()["names"]


def test_small_gazetteers_are_not_cached(gazetteer: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gloss_index, "TABLES_CACHED_FROM", len(ROWS) + 1)
    nz = Normalizer.load(gazetteers=[gazetteer], defaults=False)
    _same_tables(gloss_tables(nz.index), GlossTables(nz.index, default_lexicon()))
    assert not _entries(gazetteer)
