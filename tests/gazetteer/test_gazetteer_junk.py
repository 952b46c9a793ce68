"""Junk fed to every public gazetteer function: a clear TypeError or NormxError, never a crash.

Decision: a *programming* mistake (None or a non-path where paths are expected, a non-string
path to validate_record) raises ``TypeError`` with a message naming the argument; bad *data*
(empty, emoji, control characters, missing files) is a ``GazetteerError`` listing problems, or
for validate_record a list of problems.
"""

from __future__ import annotations

import pytest

from normx.errors import GazetteerError
from normx.gazetteer import (
    Gazetteer,
    Record,
    default_gazetteer_paths,
    find_collisions,
    gazetteer_stats,
    load_gazetteers,
    validate_record,
)

JUNK_TEXT = ["", " ", "😀", "\x00", "\x07\x1b", "\u202e", "a" * 10_000]


@pytest.mark.parametrize("paths", [None, 5, b"bytes", [None], [5], [b"x"], [["nested"]]])
def test_load_gazetteers_with_non_paths_is_a_type_error(paths):
    with pytest.raises(TypeError, match="path"):
        load_gazetteers(paths, defaults=False)


@pytest.mark.parametrize("path", JUNK_TEXT)
def test_load_gazetteers_with_junk_paths_lists_problems(path):
    with pytest.raises(GazetteerError) as info:
        load_gazetteers([path], defaults=False)
    assert len(info.value.problems) == 1
    assert info.value.problems[0].line is None


def test_load_gazetteers_with_nothing_is_an_empty_gazetteer():
    gaz = load_gazetteers([], defaults=False)
    assert len(gaz) == 0 and gaz.files == () and len(gaz.fingerprint) == 64


@pytest.mark.parametrize("text", [*JUNK_TEXT, "Abu\x00Bakr"])
def test_validate_record_with_junk_values_gives_problems(text):
    raw = {"id": text, "type": text, "name": {"en": text, "ar": text}, "xref": {text: text}}
    record, problems = validate_record(raw, path="j.yaml", line=1)
    assert record is None
    assert problems and all(p.path == "j.yaml" for p in problems)


@pytest.mark.parametrize("raw", [None, "", "😀", 0, [], set(), object()])
def test_validate_record_with_junk_records_gives_one_problem(raw):
    record, problems = validate_record(raw, path="j.yaml", line=None)
    assert record is None and len(problems) == 1


@pytest.mark.parametrize("path", [None, 5, b"j.yaml"])
def test_validate_record_needs_a_string_path(path):
    with pytest.raises(TypeError, match="path must be a string"):
        validate_record({}, path=path, line=1)


@pytest.mark.parametrize("key", [None, "", "😀", "\x00", [], 5])
def test_gazetteer_lookups_with_junk_ids(key):
    gaz = Gazetteer((Record("loc:a", "LOC", "Ay"),))
    assert gaz.get(key) is None
    assert key not in gaz
    with pytest.raises(KeyError):
        gaz.by_id(key)


def test_stats_and_collisions_of_junk_names_do_not_crash():
    records = [Record(f"x:{i}", "LOC", text) for i, text in enumerate(["😀", "\x07", "a" * 10_000])]
    assert find_collisions(records) == ()
    assert gazetteer_stats(records).records == 3


def test_default_paths_with_a_junk_environment_variable(monkeypatch):
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", "😀")
    assert [str(p) for p in default_gazetteer_paths()] == ["😀"]
    with pytest.raises(GazetteerError, match="no such file or directory"):
        load_gazetteers()
