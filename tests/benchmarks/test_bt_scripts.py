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


def test_bt_xscript_counts_answers_the_threshold_and_zero_split() -> None:
    # session 35 (h-bt-one): the threshold's answer must be the answer at 0 cut there
    from normx.match.candidate import Candidate

    def cand(cid: str, score: float) -> Candidate:
        return Candidate(cid, cid, "LOC", score, cid, "backtranslate")

    split = bt_xscript._split
    assert not split([cand("a", 0.8), cand("b", 0.5)], [cand("a", 0.8)])
    assert not split([cand("a", 0.6)], [])
    assert not split([], [])
    assert split([cand("a", 0.6)], [cand("a", 0.79)])  # answered at the threshold only
    assert split([cand("b", 0.9)], [cand("a", 0.8)])  # another first
    assert split([cand("a", 0.8)], [])  # reaches the threshold at 0, unanswered there
