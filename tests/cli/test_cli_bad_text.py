"""Text no UTF-8 output can hold, at the command line's edges: never a traceback, never output
that is not UTF-8, and each problem named (input, line, field) with exit status 2.

Bytes that are not UTF-8 reach a command as lone surrogates (arguments; standard input under a
C locale) or raise on reading (standard input under a strict UTF-8 locale, simulated here with
``PYTHONIOENCODING=utf-8:strict``); a JSON string may spell a surrogate itself (``"\\ud800"``).
The first cases run the command in a real process, where the streams are Python's own.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from normx.cli import main

GAZETTEER = """\
- id: per:khalifa-haftar
  type: PER
  name: {en: Khalifa Haftar, ar: خليفة حفتر}
- id: loc:tripoli
  type: LOC
  name: {en: Tripoli, ar: طرابلس}
"""


@pytest.fixture()
def gaz(tmp_path: Path) -> str:
    path = tmp_path / "g.yaml"
    path.write_text(GAZETTEER, encoding="utf-8")
    return str(path)


def _normx(
    tmp_path: Path, args: list[str | bytes], stdin: bytes = b"", encoding: str = "utf-8:strict"
) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NORMX_CACHE_DIR": str(tmp_path / "cache"), "PYTHONIOENCODING": encoding}
    command = [sys.executable, "-c", "from normx.cli import main; main()", *args]
    return subprocess.run(command, input=stdin, capture_output=True, env=env, timeout=300)


def _base(gaz: str) -> list[str | bytes]:
    return ["match", "--no-default-gazetteers", "--gazetteer", gaz, "--format", "jsonl"]


def test_match_stdin_bad_bytes_are_answered_replaced_and_reported(tmp_path: Path, gaz) -> None:
    stdin = b"Khalifa Haftar\xff\n\xef\xbb\xbfTripoli\nTripoli\n"
    res = _normx(tmp_path, _base(gaz), stdin=stdin)
    assert b"Traceback" not in res.stderr, res.stderr.decode(errors="replace")
    assert res.returncode == 2
    lines = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    assert [o["query"] for o in lines] == ["Khalifa Haftar\ufffd", "\ufeffTripoli", "Tripoli"]
    assert lines[0]["candidates"][0]["id"] == "per:khalifa-haftar"  # still answered
    assert b"<stdin>:1: not UTF-8 (byte 0xff at offset 14)" in res.stderr


def test_match_stdin_byte_order_mark_is_not_part_of_the_first_name(tmp_path: Path, gaz) -> None:
    res = _normx(tmp_path, _base(gaz), stdin=b"\xef\xbb\xbfTripoli\r\nKhalifa Haftar\n")
    assert res.returncode == 0, res.stderr.decode(errors="replace")
    queries = [json.loads(line)["query"] for line in res.stdout.decode("utf-8").splitlines()]
    assert queries == ["Tripoli", "Khalifa Haftar"]


def test_match_argument_with_bad_bytes_gives_utf8_output(tmp_path: Path, gaz) -> None:
    res = _normx(tmp_path, [*_base(gaz), b"Khalifa Haf\xfftar", "Tripoli"], encoding="utf-8")
    assert res.returncode == 2
    lines = [json.loads(line) for line in res.stdout.decode("utf-8").splitlines()]
    assert [o["query"] for o in lines] == ["Khalifa Haf\ufffdtar", "Tripoli"]
    assert b"argument 1: not UTF-8 (byte 0xff at offset 11)" in res.stderr


def test_canonicalize_file_name_with_bad_bytes_gives_utf8_output(tmp_path: Path, gaz) -> None:
    name = os.fsencode(tmp_path) + b"/n\xffame.txt"
    with open(name, "wb") as f:
        f.write(b"Khalifa Haftar in Tripoli.")
    args: list[str | bytes] = ["canonicalize", "--no-default-gazetteers", "--gazetteer", gaz]
    res = _normx(tmp_path, [*args, name], encoding="utf-8")
    assert res.returncode == 0, res.stderr.decode(errors="replace")
    doc = json.loads(res.stdout.decode("utf-8"))
    assert doc["doc"].endswith("n\ufffdame.txt")
    assert [m["id"] for m in doc["mentions"]] == ["per:khalifa-haftar", "loc:tripoli"]


def _canonicalize(gaz: str, stdin: str, *extra: str):  # type: ignore[no-untyped-def]
    args = ["canonicalize", "--no-default-gazetteers", "--gazetteer", gaz, "--input", "jsonl"]
    return CliRunner().invoke(main, [*args, *extra], input=stdin)


def test_jsonl_text_with_a_lone_surrogate_is_reported_and_the_others_processed(gaz) -> None:
    stdin = '{"id": "a", "text": "Haftar \\ud800"}\n{"id": "b", "text": "Tripoli"}\n'
    res = _canonicalize(gaz, stdin)
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    assert res.exit_code == 2
    assert [json.loads(line)["doc"] for line in res.stdout.splitlines()] == ["b"]
    assert "<stdin>:1: text: not valid Unicode (lone surrogate U+D800 at offset 7)" in res.stderr


def test_jsonl_text_with_a_lone_surrogate_is_replaced_under_errors_replace(gaz) -> None:
    stdin = '{"id": "a\\udcff", "text": "Tripoli \\ud800"}\n'
    res = _canonicalize(gaz, stdin, "--errors", "replace")
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert doc["doc"] == "a\ufffd"
    assert doc["text"] == "Tripoli \ufffd"


def test_jsonl_ids_that_are_not_strings_are_written_as_json(gaz) -> None:
    stdin = "".join(
        json.dumps({"id": value, "text": "Tripoli"}) + "\n" for value in (17, True, {"x": 1})
    )
    res = _canonicalize(gaz, stdin)
    assert res.exit_code == 0, res.output
    assert [json.loads(line)["doc"] for line in res.stdout.splitlines()] == [
        "17",
        "true",
        '{"x": 1}',
    ]
