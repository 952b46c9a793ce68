"""A cached index (format 3 JSON) is the index that was built: same names, same tables."""

import json

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.index import INDEX_FORMAT, LazyNames, NameIndex
from normx.match.matcher import Matcher


def _plain(name):
    # the article flag is not cached (only the query side uses it): compare the rest
    toks = [(t.form, t.key, t.kind, t.alts) for t in name.tokens]
    return (name.entity, name.text, name.lang, name.canonical, name.normalized, toks)


def _round_trip(index: NameIndex) -> NameIndex:
    data = json.loads(json.dumps(index.to_json(), ensure_ascii=False))
    return NameIndex.from_json(index.records, data)


def test_round_trip_keeps_names_and_tables(records):
    built = NameIndex.build(records)
    loaded = _round_trip(built)
    assert isinstance(loaded.names, LazyNames)
    assert len(loaded.names) == len(built.names)
    assert [_plain(n) for n in loaded.names] == [_plain(n) for n in built.names]
    assert _plain(loaded.names[-1]) == _plain(built.names[-1])
    assert [_plain(n) for n in loaded.names[2:5]] == [_plain(n) for n in built.names[2:5]]
    assert loaded.exact == built.exact
    assert loaded.postings == built.postings
    assert loaded.token_of == built.token_of
    assert loaded.arabic_forms == built.arabic_forms
    assert loaded.latin_forms == built.latin_forms
    # sets iterate in the same order as in a fresh build (so ties rank the same)
    assert {k: list(v) for k, v in loaded.by_key.items()} == {
        k: list(v) for k, v in built.by_key.items()
    }
    assert {k: list(v) for k, v in loaded.deletes.items()} == {
        k: list(v) for k, v in built.deletes.items()
    }
    # a second round trip from the loaded index gives the same data
    assert _round_trip(loaded).to_json() == loaded.to_json()


def test_loaded_index_matches_like_the_built_one(records):
    built, loaded = NameIndex.build(records), _round_trip(NameIndex.build(records))
    for query in ["Khaled Al-Mashri", "Qaddafi, Muammar", "Abou Grein", "خالد المشري", "Misratah"]:
        a = Matcher(built).match(query, top=3, min_score=0.0)
        b = Matcher(loaded).match(query, top=3, min_score=0.0)
        assert [(c.id, c.score, c.matched) for c in a] == [(c.id, c.score, c.matched) for c in b]


def test_names_with_any_characters_survive(records):
    odd = [Record("per:odd", "PER", "Ali\nZeidan\x00 Ḥ 😀", "علي زيدان")]
    built = NameIndex.build(odd)
    assert [_plain(n) for n in _round_trip(built).names] == [_plain(n) for n in built.names]


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(format=2),
        lambda d: d["names"].update(lang=d["names"]["lang"][:-1]),
        lambda d: d["names"].update(entity="!!"),
        lambda d: d["names"]["text"].__setitem__(0, d["names"]["text"][0][:-3]),
        lambda d: d.update(tokens=d["tokens"][:1]),
        lambda d: d.pop("postings"),
        lambda d: d["postings"].__setitem__(1, d["postings"][0]),
    ],
)
def test_damaged_cache_data_is_refused(records, damage):
    data = json.loads(json.dumps(NameIndex.build(records).to_json()))
    damage(data)
    with pytest.raises(ValueError):
        NameIndex.from_json(tuple(records), data)


def test_load_rebuilds_from_a_stale_or_damaged_entry(tmp_path, monkeypatch):
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path / "cache"))
    gaz = tmp_path / "g.jsonl"
    gaz.write_text(
        '{"id": "per:a", "type": "PER", "name": {"en": "Khalid al-Mishri"}}\n', encoding="utf-8"
    )
    first = Normalizer.load([gaz], defaults=False)
    assert first.match("Khaled Al-Mashri")[0].id == "per:a"
    (entry,) = (tmp_path / "cache" / "match-index").glob("*.json")
    assert f"-i{INDEX_FORMAT}" in entry.name
    cached = json.loads(entry.read_text(encoding="utf-8"))
    cached["value"]["names"]["lang"] = ""  # valid JSON, wrong content
    entry.write_text(json.dumps(cached), encoding="utf-8")
    again = Normalizer.load([gaz], defaults=False)
    assert again.match("Khaled Al-Mashri")[0].id == "per:a"
    # the damaged entry was replaced by the rebuilt one
    repaired = json.loads(entry.read_text(encoding="utf-8"))
    assert NameIndex.from_json(again.records, repaired["value"]).to_json() == repaired["value"]


def test_article_flags_survive_the_cache():
    records = (Record("loc:al-burdi", "LOC", "Al Burdi", "البردي"),)
    built = NameIndex.build(records)
    loaded = NameIndex.from_json(records, json.loads(json.dumps(built.to_json())))
    assert [t.article for n in loaded.names for t in n.tokens] == [True, True]
