"""The back-translation harnesses (bt_xscript, bt_classify) on a fresh clone: no built set (the
sets are built data) stops with what to run, not a traceback (session 23, h-review23a)."""

from pathlib import Path

import pytest

from benchmarks.eval import bt_classify, bt_xscript


def test_bt_xscript_without_a_built_set_says_what_to_build(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stop:
        bt_xscript.main(["--set", "towns-xscript", "--work", str(tmp_path)])
    assert "build_sets --sets towns-xscript" in str(stop.value.code)


def test_bt_classify_without_a_built_set_or_dump_says_what_to_run(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    with pytest.raises(SystemExit) as stop:
        bt_classify.main(["--set", "towns-xscript", "--work", str(tmp_path), "--dump", str(dump)])
    assert "build_sets --sets towns-xscript" in str(stop.value.code)
    folder = tmp_path / "towns-xscript"
    folder.mkdir()
    (folder / "queries.tsv").write_text("", encoding="utf-8")
    (folder / "gazetteer.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        bt_classify.main(["--set", "towns-xscript", "--work", str(tmp_path), "--dump", str(dump)])
    assert "bt_xscript --dump" in str(stop.value.code)
