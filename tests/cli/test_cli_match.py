"""`normx match`: the JSON lines contract, input from arguments or stdin, clean errors."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from normx.cli import main

GAZETTEER = """\
- id: per:khalid-al-mishri
  type: PER
  name: {en: Khalid al-Mishri, ar: خالد المشري}
- id: loc:abu-qurayn
  type: LOC
  name: {en: Abu Qurayn, ar: أبو قرين}
"""


@pytest.fixture()
def gaz(tmp_path: Path) -> str:
    path = tmp_path / "test.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return str(path)


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(main, list(args), input=stdin)


def test_jsonl_contract_one_object_per_query_in_input_order(gaz):
    res = run(
        "match",
        "--no-default-gazetteers",
        "--gazetteer",
        gaz,
        "--format",
        "jsonl",
        "Khaled Al-Mashri",
        "nobody at all",
        "Abou Grein",
    )
    assert res.exit_code == 0, res.output
    lines = [json.loads(line) for line in res.output.splitlines()]
    assert [o["query"] for o in lines] == ["Khaled Al-Mashri", "nobody at all", "Abou Grein"]
    first = lines[0]["candidates"][0]
    assert set(first) == {"id", "name", "type", "score", "matched", "method", "explain"}
    assert first["id"] == "per:khalid-al-mishri" and first["type"] == "PER"
    assert 0.75 <= first["score"] <= 1
    assert lines[1]["candidates"] == []  # not in the gazetteer
    assert lines[2]["candidates"][0]["id"] == "loc:abu-qurayn"


def test_names_from_stdin(gaz):
    res = run(
        "match",
        "--no-default-gazetteers",
        "--gazetteer",
        gaz,
        "--format",
        "jsonl",
        stdin="Abu Qirin\nKhalid al-Mishri\n",
    )
    assert res.exit_code == 0
    assert [json.loads(x)["query"] for x in res.output.splitlines()] == [
        "Abu Qirin",
        "Khalid al-Mishri",
    ]


def test_min_score_zero_lists_candidates_whatever_their_score(gaz):
    res = run(
        "match",
        "--no-default-gazetteers",
        "--gazetteer",
        gaz,
        "--format",
        "jsonl",
        "--min-score",
        "0",
        "--top",
        "2",
        "Qurayn Mishri",
    )
    cands = json.loads(res.output)["candidates"]
    assert len(cands) == 2 and all(c["score"] < 0.75 for c in cands)


def test_explain_in_table(gaz):
    res = run(
        "match", "--no-default-gazetteers", "--gazetteer", gaz, "--explain", "Khaled Al-Mashri"
    )
    assert res.exit_code == 0
    assert "query_normalized" in res.output and "KLT" in res.output and "pairs" in res.output


def test_type_filter(gaz):
    res = run(
        "match",
        "--no-default-gazetteers",
        "--gazetteer",
        gaz,
        "--format",
        "jsonl",
        "--type",
        "PER",
        "Abu Qirin",
    )
    assert json.loads(res.output)["candidates"] == []


def test_broken_gazetteer_exits_2_with_location(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  type: PERSON\n  name: {en: X}\n", encoding="utf-8")
    res = run("match", "--no-default-gazetteers", "--gazetteer", str(bad), "X")
    assert res.exit_code == 2
    assert f"{bad}:2" in res.output and "Traceback" not in res.output


def test_missing_gazetteer_exits_2(tmp_path):
    res = run("match", "--gazetteer", str(tmp_path / "nope.yaml"), "X")
    assert res.exit_code == 2 and "nope.yaml" in res.output


def test_default_gazetteers_answer_out_of_the_box():
    res = run("match", "--format", "jsonl", "Fathi Bachagha")
    assert res.exit_code == 0
    assert json.loads(res.output)["candidates"][0]["id"] == "per:fathi-bashagha"


def _commands(group, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name), cmd
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*prefix, name))


@pytest.mark.parametrize("path", [p for p, _ in _commands(main)], ids=" ".join)
def test_every_command_has_help(path):
    res = run(*path, "--help")
    assert res.exit_code == 0 and "Usage:" in res.output
    cmd = main
    for name in path:
        cmd = cmd.commands[name]
    assert cmd.help, f"{' '.join(path)} has no help text"
    for param in cmd.params:
        if param.param_type_name == "option" and param.name != "help":
            assert param.help, f"{' '.join(path)} {param.opts} has no help"


def test_explain_gives_the_query_analysis_for_a_gloss_candidate(tmp_path):
    # the gloss matcher explains its glosses; --explain promises the normalised query and its
    # keys for every candidate as well
    path = tmp_path / "gna.yaml"
    path.write_text(
        "- id: org:gna\n  type: ORG\n"
        "  name: {en: Government of National Accord, ar: حكومة الوفاق الوطني}\n",
        encoding="utf-8",
    )
    res = run(
        "match", "--no-default-gazetteers", "--gazetteer", str(path), "--format", "jsonl",
        "--explain", "reconciliation government",
    )  # fmt: skip
    assert res.exit_code == 0, res.output
    cand = json.loads(res.output)["candidates"][0]
    assert cand["id"] == "org:gna" and cand["method"] == "gloss"
    assert cand["explain"]["query_normalized"] == "reconciliation government"
    assert [t["form"] for t in cand["explain"]["query_tokens"]] == ["reconciliation", "government"]
    assert all(t["key"] for t in cand["explain"]["query_tokens"])
    assert "glosses" in cand["explain"]  # its own evidence stays
