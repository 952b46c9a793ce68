"""Records served from the gazetteer cache are the records the constructor makes.

normx/gazetteer/loader.py builds cached records slot by slot (for load speed, owned with the
matcher's speed work); this checks the result against ``Record(...)`` field by field.
"""

import json

from normx.gazetteer import load_gazetteers
from normx.gazetteer.schema import Origin, Record

ROWS = [
    {"id": "per:a", "type": "PER", "name": {"en": "Khalid al-Mishri", "ar": "خالد المشري"},
     "aliases": {"en": ["Khaled al-Meshri", "K. Mishri"], "ar": ["خالد عمار المشري"]},
     "xref": {"wikidata": "Q1", "geonames": "22"}, "source": "list", "note": "n"},
    {"id": "loc:b", "type": "LOC", "name": {"ar": "سرت"}},
    {"id": "org:c", "type": "ORG", "name": {"en": "Ex"}, "aliases": {"en": ["X"]}},
]  # fmt: skip


def _constructed(row: dict, path: str, line: int) -> Record:
    aliases = row.get("aliases", {})
    return Record(
        row["id"],
        row["type"],
        row["name"].get("en"),
        row["name"].get("ar"),
        tuple(aliases.get("en", ())),
        tuple(aliases.get("ar", ())),
        tuple(row.get("xref", {}).items()),
        row.get("source"),
        row.get("note"),
        Origin(path, line),
    )


def test_cached_records_equal_constructed_ones(tmp_path, monkeypatch):
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path / "cache"))
    path = tmp_path / "g.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), "utf-8")
    load_gazetteers([path], defaults=False)
    cached = load_gazetteers([path], defaults=False).records  # served from the cache
    expected = [_constructed(r, str(path), i) for i, r in enumerate(ROWS, start=1)]
    assert list(cached) == expected
    for got, want in zip(cached, expected, strict=True):
        assert repr(got) == repr(want) and hash(got) == hash(want)
        assert got.origin == want.origin
        assert type(got.aliases_en) is tuple and all(type(p) is tuple for p in got.xref)
    assert cached[0].names("en") == ("Khalid al-Mishri", "Khaled al-Meshri", "K. Mishri")
