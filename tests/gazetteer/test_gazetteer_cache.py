"""The content-keyed JSON cache, on its own and as used by the gazetteer loader."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import normx.gazetteer.cache as cache
import normx.gazetteer.readers as readers
from normx.errors import GazetteerError, NormxError
from normx.gazetteer import load_gazetteers
from normx.gazetteer.cache import cache_dir, load_or_build


class Counter:
    """A build function that counts its calls."""

    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def entries(root: Path, kind: str) -> list[Path]:
    return sorted((root / kind).glob("*.json"))


# --- cache_dir --------------------------------------------------------------------------------


def test_cache_dir_precedence(monkeypatch, tmp_path):
    monkeypatch.setenv("NORMX_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("NORMX_CACHE_DIR")
    assert cache_dir() == tmp_path / "xdg" / "normx"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache_dir() == tmp_path / "home" / ".cache" / "normx"
    assert cache_dir().is_dir()


def test_an_unusable_cache_location_means_no_cache_not_an_error(monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("NORMX_CACHE_DIR", str(blocker / "cache"))
    assert cache_dir() is None
    build = Counter({"a": 1})
    assert load_or_build("kind", "key", build) == {"a": 1}
    assert load_or_build("kind", "key", build) == {"a": 1}
    assert build.calls == 2


# --- load_or_build ----------------------------------------------------------------------------


def test_second_call_is_served_from_the_cache(isolated_cache):
    build = Counter({"names": ("a", "b"), "n": 1})
    first = load_or_build("test-kind", "k1", build)
    second = load_or_build("test-kind", "k1", build)
    assert build.calls == 1
    # cold and warm results are the same JSON data (tuples come back as lists both times)
    assert first == second == {"names": ["a", "b"], "n": 1}
    assert [p.name for p in entries(isolated_cache, "test-kind")] == ["k1.json"]
    assert load_or_build("test-kind", "k2", Counter([1])) == [1]  # another key: another entry


def test_the_cache_is_plain_json_and_leaves_no_temp_files(isolated_cache):
    load_or_build("test-kind", "k", Counter({"ar": "خالد"}))
    files = list((isolated_cache / "test-kind").iterdir())
    assert [f.name for f in files] == ["k.json"]
    entry = json.loads(files[0].read_text(encoding="utf-8"))
    assert entry == {"format": 1, "kind": "test-kind", "key": "k", "value": {"ar": "خالد"}}


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"{not json",
        b"\xff\xfe\x00",
        b"[]",
        b'{"format": 1, "kind": "test-kind", "key": "other", "value": 5}',
        b'{"format": 999, "kind": "test-kind", "key": "k", "value": 5}',
    ],
)
def test_a_corrupt_entry_is_rebuilt_and_replaced(isolated_cache, garbage):
    load_or_build("test-kind", "k", Counter(1))
    (isolated_cache / "test-kind" / "k.json").write_bytes(garbage)
    build = Counter(2)
    assert load_or_build("test-kind", "k", build) == 2
    assert build.calls == 1
    assert load_or_build("test-kind", "k", Counter(3)) == 2  # repaired


def test_build_errors_propagate_and_nothing_is_cached(isolated_cache):
    def broken() -> object:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        load_or_build("test-kind", "k", broken)
    assert entries(isolated_cache, "test-kind") == []


def test_old_entries_are_pruned(isolated_cache, monkeypatch):
    monkeypatch.setattr(cache, "MAX_ENTRIES_PER_KIND", 2)
    for key in ("k1", "k2", "k3"):
        load_or_build("test-kind", key, Counter(key))
    assert len(entries(isolated_cache, "test-kind")) == 2


@pytest.mark.parametrize(
    ("kind", "key", "error"),
    [
        (None, "k", TypeError),
        ("kind", 5, TypeError),
        ("", "k", NormxError),
        ("../escape", "k", NormxError),
        ("kind", "a/b", NormxError),
        ("kind", ".hidden", NormxError),
        ("kind", "😀", NormxError),
        ("kind", "x" * 201, NormxError),
    ],
)
def test_invalid_kind_or_key_is_refused(kind, key, error):
    with pytest.raises(error):
        load_or_build(kind, key, Counter(1))


def test_build_must_be_callable():
    with pytest.raises(TypeError, match="callable"):
        load_or_build("kind", "key", None)  # type: ignore[arg-type]


# --- the loader's per-file cache --------------------------------------------------------------


def _refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the file was parsed again")

    monkeypatch.setattr(readers, "read_yaml", refuse)
    monkeypatch.setattr(readers, "read_jsonl", refuse)


def test_a_second_load_is_served_from_the_cache(write, good_yaml, monkeypatch):
    yaml_path = write("g.yaml", good_yaml)
    jsonl_path = write("h.jsonl", '{"id": "org:x", "type": "ORG", "name": {"en": "Ex"}}\n')
    first = load_gazetteers([yaml_path, jsonl_path], defaults=False)
    _refuse_parsing(monkeypatch)
    second = load_gazetteers([yaml_path, jsonl_path], defaults=False)
    assert second.records == first.records
    assert [r.origin for r in second] == [r.origin for r in first]
    assert second.fingerprint == first.fingerprint


def test_identical_content_under_another_path_is_parsed_once(write, good_yaml, monkeypatch):
    load_gazetteers([write("one/g.yaml", good_yaml)], defaults=False)
    _refuse_parsing(monkeypatch)
    other = write("two/renamed.yaml", good_yaml)
    gaz = load_gazetteers([other], defaults=False)
    assert {r.origin.path for r in gaz} == {str(other)}  # origins name the path loaded


def test_editing_a_source_rebuilds_it(write, good_yaml, monkeypatch):
    path = write("g.yaml", good_yaml)
    load_gazetteers([path], defaults=False)
    path.write_text(good_yaml.replace("Sirte", "Surt"), encoding="utf-8")
    with monkeypatch.context() as patch:
        _refuse_parsing(patch)
        with pytest.raises(AssertionError, match="parsed again"):
            load_gazetteers([path], defaults=False)
    assert load_gazetteers([path], defaults=False).by_id("loc:sirte").name_en == "Surt"


def test_problems_are_cached_too(write, monkeypatch, load_problems):
    path = write("bad.yaml", "- {id: loc:x, type: place, name: {en: X}}\n")
    first = load_problems(path)
    _refuse_parsing(monkeypatch)
    assert load_problems(path) == first


def test_a_corrupt_loader_entry_is_rebuilt(write, good_yaml, isolated_cache):
    path = write("g.yaml", good_yaml)
    load_gazetteers([path], defaults=False)
    (entry,) = entries(isolated_cache, "gazetteer-file")
    value = {"columns": {"id": [1, 2]}, "problems": [], "rejected_ids": []}
    doc = {"format": 1, "kind": "gazetteer-file", "key": entry.stem, "value": value}
    entry.write_text(json.dumps(doc), encoding="utf-8")
    gaz = load_gazetteers([path], defaults=False)
    assert [r.id for r in gaz] == ["per:khalid-al-mishri", "loc:sirte"]
    entry.write_bytes(b"\x00garbage")
    assert len(load_gazetteers([path], defaults=False)) == 2


def test_use_cache_false_neither_reads_nor_writes_the_cache(write, good_yaml, isolated_cache):
    path = write("g.yaml", good_yaml)
    load_gazetteers([path], defaults=False, use_cache=False)
    assert not (isolated_cache / "gazetteer-file").exists()


def test_a_missing_cache_never_breaks_loading(write, good_yaml, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("NORMX_CACHE_DIR", str(blocker))
    assert len(load_gazetteers([write("g.yaml", good_yaml)], defaults=False)) == 2
    with pytest.raises(GazetteerError):
        load_gazetteers([write("b.yaml", "- {id: x}\n")], defaults=False)
