"""`normx gazetteer check|stats`: exit codes, messages on the right stream, help everywhere."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from normx.cli import main
from normx.cli.gazetteer import gazetteer

BROKEN = "- id: loc:x\n  type: place\n  name: {en: X}\n- id: loc:x\n  type: LOC\n  name: {en: Y}\n"


def run(*args: str):
    return CliRunner().invoke(main, ["gazetteer", *args])


def test_check_a_good_file_exits_0_with_a_summary(write, good_yaml):
    result = run("check", str(write("g.yaml", good_yaml)))
    assert result.exit_code == 0, result.output
    assert result.stdout == ("ok: 1 file, 2 records (PER 1, ORG 0, LOC 1), 5 names (en 3, ar 2)\n")
    assert result.stderr == ""


def test_check_a_broken_file_lists_every_problem_on_stderr_and_exits_2(write):
    path = write("broken.yaml", BROKEN)
    result = run("check", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[0].startswith(f"{path}:2: loc:x: type: unknown type 'place'")
    assert lines[1] == f"{path}:4: loc:x: id: duplicate id: also defined at {path}:1"
    assert lines[2] == "normx: 2 problems in 1 file"
    assert "Traceback" not in result.output


def test_check_missing_and_odd_paths_exit_2_without_a_traceback(tmp_path):
    for args in ([str(tmp_path / "nope.yaml")], [""], ["😀"], [str(tmp_path)]):
        result = run("check", *args)
        assert result.exit_code == 2, args
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output


def test_check_without_paths_checks_the_shipped_gazetteers(monkeypatch, gaz_dir, write, good_yaml):
    write("g.yaml", good_yaml)
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(gaz_dir))
    result = run("check")
    assert result.exit_code == 0
    assert result.stdout.startswith("ok: 1 file, 2 records")
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", "")
    result = run("check")
    assert result.exit_code == 2
    assert "no shipped gazetteer files found" in result.stderr


def test_with_defaults_catches_clashes_with_the_shipped_ids(
    monkeypatch, tmp_path, write, good_yaml
):
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "s.yaml").write_text(good_yaml, encoding="utf-8")
    monkeypatch.setenv("NORMX_DEFAULT_GAZETTEERS", str(shipped))
    mine = write("mine.yaml", "- {id: loc:sirte, type: LOC, name: {en: Sirt}}\n")
    assert run("check", str(mine)).exit_code == 0  # alone, it is fine
    result = run("check", "--with-defaults", str(mine))
    assert result.exit_code == 2
    assert f"{mine}:1: loc:sirte: id: duplicate id: also defined at {shipped / 's.yaml'}:9" in (
        result.stderr
    )


def test_check_no_cache_still_works(write, good_yaml, isolated_cache):
    result = run("check", "--no-cache", str(write("g.yaml", good_yaml)))
    assert result.exit_code == 0
    assert not (isolated_cache / "gazetteer-file").exists()


def test_stats_as_json(write):
    path = write(
        "g.yaml",
        "- {id: per:a, type: PER, name: {en: Abd al-Hamid Dbeibah}}\n"
        "- {id: per:b, type: PER, name: {en: Abdelhamid Dbeibah}, aliases: {en: [A Dbeibah]}}\n",
    )
    result = run("stats", "--format", "json", str(path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["records"] == 2
    assert data["names"] == {"total": 3, "en": 3, "ar": 0}
    assert data["collisions"]["total"] == 1
    assert data["collisions"]["top"][0]["entities"] == ["per:a", "per:b"]
    result = run("stats", "--format", "json", "--top", "0", str(path))
    assert json.loads(result.stdout)["collisions"] == {"total": 1, "top": []}


def test_stats_as_a_table(write, good_yaml):
    result = run("stats", str(write("g.yaml", good_yaml)))
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("1 file, 2 records (PER 1, ORG 0, LOC 1), 5 names (en 3, ar 2)\n")
    assert "names per entity: min 2, mean 2.50, max 3" in out
    assert "  2 names: 1 entity\n" in out
    assert "collisions (one normalised name on several entities): 0" in out


def test_stats_of_a_broken_file_exits_2(write):
    result = run("stats", str(write("broken.yaml", BROKEN)))
    assert result.exit_code == 2
    assert "normx: 2 problems in 1 file" in result.stderr


def test_stats_rejects_a_negative_top(write, good_yaml):
    result = run("stats", "--top", "-1", str(write("g.yaml", good_yaml)))
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def _commands(group: click.Group):
    yield group
    yield from group.commands.values()


@pytest.mark.parametrize("command", list(_commands(gazetteer)), ids=lambda c: c.name)
def test_every_command_and_option_has_help(command):
    assert command.help and command.help.strip()
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help and param.help.strip(), f"{command.name} {param.name}"
    name = [] if command is gazetteer else [command.name]
    result = run(*name, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.stdout
