"""``normx canonicalize`` end to end: inputs, formats, bad input, exit status."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from seed_eval import SEED_GAZETTEER

from normx.cli import main

BASE = ["canonicalize", "--no-default-gazetteers", "--gazetteer", str(SEED_GAZETTEER)]


def _run(args: list[str], stdin: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, BASE + args, input=stdin)


def test_help() -> None:
    result = CliRunner().invoke(main, ["canonicalize", "--help"])
    assert result.exit_code == 0
    for option in ("--input", "--format", "--errors", "--jobs", "--quiet", "--gazetteer"):
        assert option in result.output


def test_jsonl_from_stdin() -> None:
    result = _run(["--format", "jsonl"], "Khaled Al-Mashri met Amer Lavi in Tripoli.")
    assert result.exit_code == 0, result.output
    obj = json.loads(result.stdout)
    assert obj["doc"] == "<stdin>"
    assert [(m["text"], m["id"]) for m in obj["mentions"]] == [
        ("Khaled Al-Mashri", "per:khalid-al-mishri"),
        ("Amer Lavi", None),
        ("Tripoli", "loc:tripoli"),
    ]
    assert obj["text"] == "Khalid al-Mishri met Amer Lavi in Tripoli."


def test_jsonl_input_ids_and_bad_lines(tmp_path: Path) -> None:
    src = tmp_path / "docs.jsonl"
    src.write_text(
        '{"id": "a", "text": "Tripoli"}\nnot json\n{"text": 5}\n{"text": "Sirte"}\n',
        encoding="utf-8",
    )
    result = _run(["--input", "jsonl", str(src)])
    assert result.exit_code == 2
    docs = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["doc"] for d in docs] == ["a", f"{src}:4"]
    assert f"{src}:2: not JSON" in result.stderr
    assert f"{src}:3:" in result.stderr


def test_missing_and_non_utf8_files_do_not_stop_the_others(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Haftar’s men near Sirte.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Sirte \xff\xfe")
    result = _run(["--format", "text", str(tmp_path / "nope.txt"), str(bad), str(good)])
    assert result.exit_code == 2
    # the family name alone is Khalifa Haftar's (normx/resolve/family_bearer.py)
    assert result.stdout == "Khalifa Haftar’s men near Sirte.\n"
    assert "nope.txt: no such file" in result.stderr
    assert "bad.txt: not UTF-8" in result.stderr and "--errors replace" in result.stderr
    replaced = _run(["--format", "text", "--errors", "replace", str(bad)])
    assert replaced.exit_code == 0
    assert replaced.stdout.startswith("Sirte \ufffd")


def test_json_and_html_formats(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Khaled Al-Mashri and al-Mishri <script>x</script>", encoding="utf-8")
    result = _run(["--format", "json", str(a), str(a)])
    assert result.exit_code == 0
    docs = json.loads(result.stdout)
    assert len(docs) == 2 and docs[0]["consistency"][0]["id"] == "per:khalid-al-mishri"
    page = _run(["--format", "html", str(a)])
    assert page.exit_code == 0 and page.stdout.startswith("<!DOCTYPE html>")
    assert "<script>" not in page.stdout


def test_text_format_reports_drift_on_stderr_unless_quiet(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_text("Khaled Al-Mashri spoke; al-Mishri left.", encoding="utf-8")
    loud = _run(["--format", "text", str(a)])
    assert "consistency" in loud.stderr and "mashri / mishri" in loud.stderr
    quiet = _run(["--format", "text", "--quiet", str(a)])
    assert quiet.stderr == ""


def test_jobs_keep_order(tmp_path: Path) -> None:
    files = []
    for i, name in enumerate(["Tripoli", "Sirte", "Benghazi", "Misrata", "Tripoli"]):
        f = tmp_path / f"{i}.txt"
        f.write_text(f"News from {name}.", encoding="utf-8")
        files.append(str(f))
    result = _run(["--jobs", "2", *files])
    assert result.exit_code == 0
    assert [json.loads(x)["doc"] for x in result.stdout.splitlines()] == files


def test_progress_bar_starts_at_the_count_reached(monkeypatch) -> None:
    # it appears after PROGRESS_AFTER documents; its first frame must say so, not "0 documents"
    from rich.progress import Progress

    from normx.cli.canonicalize import PROGRESS_AFTER, _Progress

    started: list[float | None] = []
    add_task = Progress.add_task

    def spy(self, description, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(kwargs.get("completed"))
        return add_task(self, description, *args, **kwargs)

    monkeypatch.setattr(Progress, "add_task", spy)
    progress = _Progress(enabled=True)
    for _ in range(PROGRESS_AFTER):
        progress.step()
    progress.close()
    assert started == [PROGRESS_AFTER]
