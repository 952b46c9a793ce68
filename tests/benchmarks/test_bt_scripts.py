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


def test_bt_xscript_selects_the_libyan_full_names_as_run_eval_does(tmp_path: Path) -> None:
    # session 33 (h-bt): the Libyan goal is stated for full names (run_eval's group
    # libya-full-names: Libyan gold, two words or more); bt_xscript could not select it
    from benchmarks.eval import countries
    from benchmarks.eval.setio import Query

    countries.write_sidecar(
        tmp_path,
        {
            "un:1": countries.CountryTag("Libya", True, "nationality"),
            "un:2": countries.CountryTag("Iraq", False, "nationality"),
        },
    )
    queries = [Query("Haftar", "un:1"), Query("Khalifa Haftar", "un:1"), Query("Ali Hasan", "un:2")]
    chosen = bt_xscript.select(queries, tmp_path, countries.LIBYA_FULL_NAMES)
    assert [q.text for q in chosen] == ["Khalifa Haftar"]
    assert len(bt_xscript.select(queries, tmp_path, countries.LIBYA)) == 2
