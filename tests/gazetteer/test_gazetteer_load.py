"""load_gazetteers: files, directories, line numbers, duplicates, hostile and broken input."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import time
from pathlib import Path

import pytest

import normx.gazetteer.loader as loader
from normx.errors import GazetteerError
from normx.gazetteer import Gazetteer, Record, default_gazetteer_paths, load_gazetteers


def brief(problems):
    return [(p.line, p.record_id, p.field) for p in problems]


def jsonl(*records: object) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# --- good input -------------------------------------------------------------------------------


def test_a_yaml_file_loads_into_records_with_their_lines(write, good_yaml):
    path = write("g.yaml", good_yaml)
    gaz = load_gazetteers([path], defaults=False)
    assert [r.id for r in gaz] == ["per:khalid-al-mishri", "loc:sirte"]
    assert len(gaz) == 2
    mishri = gaz.by_id("per:khalid-al-mishri")
    assert mishri.aliases_en == ("Khaled al-Meshri",)
    assert mishri.xref == (("wikidata", "Q123"), ("geonames", "2210554"))
    assert (mishri.origin.path, mishri.origin.line) == (str(path), 2)
    assert gaz.by_id("loc:sirte").origin.line == 9


def test_a_jsonl_file_loads_with_physical_line_numbers(write):
    text = jsonl({"id": "loc:sirte", "type": "LOC", "name": {"en": "Sirte"}})
    text += "\n   \n"  # blank lines are skipped but still counted
    text += jsonl({"id": "loc:misrata", "type": "LOC", "name": {"ar": "مصراتة"}})
    path = write("g.jsonl", text)
    gaz = load_gazetteers(path, defaults=False)  # a single path may be given on its own
    assert [(r.id, r.origin.line) for r in gaz] == [("loc:sirte", 1), ("loc:misrata", 4)]


def test_source_files_are_listed_with_content_hash_and_count(write, good_yaml):
    path = write("g.yaml", good_yaml)
    gaz = load_gazetteers([path], defaults=False)
    expected = hashlib.sha256(path.read_bytes()).hexdigest()
    assert [(f.path, f.sha256, f.records) for f in gaz.files] == [(str(path), expected, 2)]


def test_a_utf8_bom_is_tolerated(write, good_yaml):
    yaml_path = write("a.yaml", b"\xef\xbb\xbf" + good_yaml.encode())
    jsonl_path = write("b.jsonl", b"\xef\xbb\xbf" + jsonl(BASE_ORG).encode())
    gaz = load_gazetteers([yaml_path, jsonl_path], defaults=False)
    assert len(gaz) == 3


BASE_ORG = {"id": "org:hor", "type": "ORG", "name": {"en": "House of Representatives"}}


def test_an_empty_yaml_file_holds_no_records(write):
    gaz = load_gazetteers([write("empty.yaml", "# nothing yet\n")], defaults=False)
    assert len(gaz) == 0 and len(gaz.files) == 1


# --- directories ------------------------------------------------------------------------------


def test_directories_are_searched_recursively_in_sorted_order(write, gaz_dir):
    write("b.yaml", "- {id: loc:b, type: LOC, name: {en: Bee}}\n")
    write("a.yml", "- {id: loc:a, type: LOC, name: {en: Ay}}\n")
    write("sub/deeper/c.jsonl", jsonl({"id": "loc:c", "type": "LOC", "name": {"en": "Cee"}}))
    write("sub/d.yaml", "- {id: loc:d, type: LOC, name: {en: Dee}}\n")
    for ignored in ("README.md", "SOURCE.md", "LICENSE", "notes.txt", "sub/x.json"):
        write(ignored, "not a gazetteer: [")
    write(".hidden.yaml", "broken: [")
    write(".git/config.yaml", "broken: [")
    gaz = load_gazetteers([gaz_dir], defaults=False)
    assert [Path(f.path).relative_to(gaz_dir).as_posix() for f in gaz.files] == [
        "a.yml",
        "b.yaml",
        "sub/d.yaml",
        "sub/deeper/c.jsonl",
    ]
    assert [r.id for r in gaz] == ["loc:a", "loc:b", "loc:d", "loc:c"]


def test_a_file_named_twice_is_loaded_once(write, good_yaml, gaz_dir):
    path = write("g.yaml", good_yaml)
    gaz = load_gazetteers([path, gaz_dir, str(path)], defaults=False)
    assert len(gaz) == 2 and len(gaz.files) == 1


def test_path_problems(write, gaz_dir, load_problems, tmp_path):
    other = write("notes.txt", "x")
    empty = tmp_path / "empty"
    empty.mkdir()
    problems = load_problems(other, tmp_path / "missing.yaml", empty, "")
    assert [(p.path, p.line, p.message) for p in problems] == [
        (str(other), None, "not a gazetteer file: expected a name ending in .yaml, .yml, .jsonl"),
        (str(tmp_path / "missing.yaml"), None, "no such file or directory"),
        (str(empty), None, "directory holds no gazetteer files (.yaml, .yml, .jsonl)"),
        ("''", None, "empty path given"),
    ]


# --- YAML problems with their lines -----------------------------------------------------------

BROKEN_YAML = """\
- id: per:a
  type: PER
  name: {en: Ay}
- id: per:b
  type: person
  name:
    en: Bee
    ar: Bee
  aliases:
    en:
      - Bee Two
      - Bee Two
  nmae: x
- id: per:a
  type: PER
  name: {ar: ألف}
"""


def test_yaml_problems_point_at_their_own_lines(write, load_problems):
    path = write("broken.yaml", BROKEN_YAML)
    problems = load_problems(path)
    assert brief(problems) == [
        (5, "per:b", "type"),
        (8, "per:b", "name.ar"),
        (12, "per:b", "aliases.en[1]"),
        (13, "per:b", "nmae"),
        (14, "per:a", "id"),
    ]
    assert "unknown type 'person'" in problems[0].message
    assert "has no Arabic letters" in problems[1].message
    assert "duplicate of aliases.en[0]" in problems[2].message
    assert "did you mean 'name'?" in problems[3].message
    assert problems[4].message == f"duplicate id: also defined at {path}:1"
    assert str(problems[0]).startswith(f"{path}:5: per:b: type: ")


def test_duplicate_ids_across_files_name_both_places(write, load_problems):
    first = write("a.yaml", "- {id: loc:x, type: LOC, name: {en: Ex}}\n")
    second = write("b.jsonl", "\n" + jsonl({"id": "loc:x", "type": "LOC", "name": {"en": "X"}}))
    problems = load_problems(first, second)
    assert [str(p) for p in problems] == [
        f"{second}:2: loc:x: id: duplicate id: also defined at {first}:1"
    ]


def test_a_duplicate_id_is_found_even_when_the_record_has_other_problems(write, load_problems):
    first = write("a.yaml", "- {id: loc:x, type: LOC, name: {en: Ex}}\n")
    second = write("b.yaml", "- {id: loc:x, type: place, name: {en: Ex}}\n")
    problems = load_problems(first, second)
    assert sorted(brief(problems)) == [(1, "loc:x", "id"), (1, "loc:x", "type")]
    dup = next(p for p in problems if p.field == "id")
    assert dup.path == str(second) and dup.message.endswith(f"{first}:1")


def test_duplicate_keys_in_yaml_are_problems(write, load_problems):
    path = write("d.yaml", "- id: loc:x\n  type: LOC\n  name: {en: X}\n  type: ORG\n")
    problems = load_problems(path)
    assert brief(problems) == [(4, "loc:x", "type")]
    assert problems[0].message == "duplicate key (first given on line 2)"


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("id: per:a\ntype: PER\n", 1, "the top level must be a list of records"),
        ("just a string\n", 1, "the top level must be a list of records"),
        ("- id: per:a\n  type: PER\n   name: x\n", 3, "YAML syntax error: mapping values"),
        ("- id: a\n  name: {en: A\n- id: b\n", 3, "while parsing a flow mapping on line 2"),
        ("- id: a\n  note: x\n---\n- id: b\n", 3, "expected a single document"),
        ("- !!python/object/apply:os.system [ls]\n", 1, "could not determine a constructor"),
        ("- id: a\n  <<: {type: PER}\n  name: {en: A}\n", 2, "merge keys"),
        ("- id: a\n  note: \x01\n", 2, "YAML does not allow the character U+0001"),
    ],
)
def test_yaml_errors_are_problems_with_lines(write, load_problems, text, line, fragment):
    problems = load_problems(write("bad.yaml", text))
    assert fragment in problems[0].message
    assert problems[0].line == line


# --- hostile YAML -----------------------------------------------------------------------------

BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_a_yaml_alias_bomb_is_refused_quickly(write, load_problems):
    path = write("bomb.yaml", BILLION_LAUGHS)
    start = time.perf_counter()
    problems = load_problems(path)
    assert time.perf_counter() - start < 2.0
    assert brief(problems) == [(1, None, None)]
    assert "YAML anchors and aliases (&name, *name) are not allowed" in problems[0].message


def test_an_anchor_inside_a_record_is_refused_with_its_line(write, load_problems):
    path = write("a.yaml", "- id: per:a\n  type: PER\n  name: {en: A}\n  note: &n hello\n")
    problems = load_problems(path)
    assert [(p.line, "anchors" in p.message) for p in problems] == [(4, True)]


def test_a_yaml_file_over_the_size_limit_is_refused(write, load_problems, monkeypatch, good_yaml):
    monkeypatch.setattr(loader, "MAX_YAML_BYTES", 100)
    path = write("big.yaml", good_yaml)  # about 300 bytes
    problems = load_problems(path)
    assert len(problems) == 1
    size = len(good_yaml.encode())
    assert f"YAML file is {size} bytes, over the 100 bytes limit" in problems[0].message
    assert "store large gazetteers as JSONL" in problems[0].message


def test_a_jsonl_line_over_the_limit_is_refused_and_reading_goes_on(
    write, load_problems, monkeypatch
):
    monkeypatch.setattr(loader, "MAX_JSONL_LINE_BYTES", 80)
    long_note = {"id": "loc:y", "type": "LOC", "name": {"en": "Y"}, "note": "n" * 200}
    text = jsonl(BASE_ORG, long_note, {"id": "loc:z", "type": "place", "name": {"en": "Z"}})
    problems = load_problems(write("g.jsonl", text))
    assert brief(problems) == [(2, None, None), (3, "loc:z", "type")]
    assert "line is longer than 80 bytes" in problems[0].message


# --- encodings and JSON -----------------------------------------------------------------------


def test_non_utf8_yaml_names_the_line_of_the_first_bad_byte(write, load_problems):
    data = "- id: loc:x\n  type: LOC\n  name: {en: Caf\xe9}\n".encode("latin-1")
    problems = load_problems(write("latin1.yaml", data))
    assert brief(problems) == [(3, None, None)]
    assert "not valid UTF-8: byte 0xe9" in problems[0].message


def test_non_utf8_jsonl_is_reported_per_line(write, load_problems):
    good = jsonl(BASE_ORG).encode()
    bad = '{"id": "loc:x", "type": "LOC", "name": {"en": "Caf\xe9"}}\n'.encode("cp1252")
    problems = load_problems(write("g.jsonl", good + bad + good.replace(b"hor", b"hor2")))
    assert brief(problems) == [(2, None, None)]
    assert "not valid UTF-8" in problems[0].message


def test_jsonl_problems(write, load_problems):
    text = jsonl(BASE_ORG)
    text += '{"id": "org:b", "type": "ORG", "name": {"en": "B"}, "alias": {}}\n'
    text += "{bad json\n"
    text += '["a", "list"]\n'
    text += '{"id": "org:c", "type": "ORG", "name": {"en": "C", "en": "C2"}}\n'
    problems = load_problems(write("g.jsonl", text))
    assert brief(problems) == [
        (2, "org:b", "alias"),
        (3, None, None),
        (4, None, None),
        (5, "org:c", "en"),
    ]
    assert "did you mean 'aliases'?" in problems[0].message
    assert problems[1].message.startswith("invalid JSON at column 2")
    assert "a record must be a mapping" in problems[2].message
    assert problems[3].message == "duplicate key 'en' in a JSON object"


def test_every_problem_of_every_file_is_reported_at_once(write, load_problems, tmp_path):
    a = write("a.yaml", "- {id: loc:a, type: place, name: {en: A}}\n")
    b = write("b.jsonl", "{oops\n")
    problems = load_problems(a, b, tmp_path / "nope")
    assert {p.path for p in problems} == {str(a), str(b), str(tmp_path / "nope")}
    err = GazetteerError(problems)
    assert str(err).startswith("3 problems in gazetteer sources\n")


# --- defaults ---------------------------------------------------------------------------------


def test_defaults_come_first_and_can_be_overridden_by_environment(
    write, good_yaml, monkeypatch, tmp_path
):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "s.yaml").write_text("- {id: loc:tripoli, type: LOC, name: {en: Tripoli}}\n")
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(shipped))
    assert default_gazetteer_paths() == [shipped]
    path = write("g.yaml", good_yaml)
    ids = [r.id for r in load_gazetteers([path])]
    assert ids == ["loc:tripoli", "per:khalid-al-mishri", "loc:sirte"]
    assert "loc:tripoli" not in load_gazetteers([path], defaults=False)
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", "")
    assert default_gazetteer_paths() == []
    assert len(load_gazetteers()) == 0


def test_without_the_environment_variable_defaults_are_the_repository_gazetteers(monkeypatch):
    monkeypatch.delenv("NORMX_DEFAULT_GAZETTEERS", raising=False)
    paths = default_gazetteer_paths()
    assert len(paths) == 1 and paths[0].is_dir() and paths[0].name == "gazetteers"


# --- the Gazetteer object ---------------------------------------------------------------------


def test_gazetteer_lookups(write, good_yaml):
    gaz = load_gazetteers([write("g.yaml", good_yaml)], defaults=False)
    assert gaz.by_id("loc:sirte").name_en == "Sirte"
    assert gaz.get("loc:sirte") is gaz.by_id("loc:sirte")
    assert gaz.get("loc:nowhere") is None
    assert "loc:sirte" in gaz and "loc:nowhere" not in gaz
    with pytest.raises(KeyError, match="loc:nowhere"):
        gaz.by_id("loc:nowhere")
    with pytest.raises(dataclasses.FrozenInstanceError):
        gaz.records = ()  # type: ignore[misc]


def test_fingerprint_follows_content_not_paths(write, good_yaml, gaz_dir):
    one = load_gazetteers([write("one/g.yaml", good_yaml)], defaults=False)
    two = load_gazetteers([write("two/h.yaml", good_yaml)], defaults=False)
    assert one.fingerprint == two.fingerprint
    changed = load_gazetteers(
        [write("three/g.yaml", good_yaml.replace("Sirte", "Surt"))], defaults=False
    )
    assert changed.fingerprint != one.fingerprint
    assert len(one.fingerprint) == 64


def test_a_gazetteer_built_in_memory_checks_ids_and_has_a_fingerprint():
    a = Record("loc:a", "LOC", "Ay")
    gaz = Gazetteer((a, Record("loc:b", "LOC", "Bee")))
    assert len(gaz) == 2 and gaz.by_id("loc:b").name_en == "Bee"
    assert gaz.fingerprint == Gazetteer([a, Record("loc:b", "LOC", "Bee")]).fingerprint
    assert gaz.fingerprint != Gazetteer((a,)).fingerprint
    with pytest.raises(GazetteerError, match="duplicate id"):
        Gazetteer((a, Record("loc:a", "LOC", "Other")))
    with pytest.raises(TypeError, match="must be Record"):
        Gazetteer(("loc:a",))  # type: ignore[arg-type]
