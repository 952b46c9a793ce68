"""The build is deterministic, the committed generated files are up to date, and the cross-file
checks catch what the loader would reject."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from normx.curate import build

REPO = Path(__file__).resolve().parents[2]
GAZETTEERS = REPO / "gazetteers"


@pytest.fixture(scope="module")
def rendered(shared_data: Path) -> dict[str, str]:
    return build.render(shared_data)


def test_render_is_byte_identical_on_rerun(shared_data: Path, rendered: dict[str, str]) -> None:
    assert build.render(shared_data) == rendered


def test_committed_generated_files_are_up_to_date(rendered: dict[str, str]) -> None:
    for name, text in rendered.items():
        assert (GAZETTEERS / "generated" / name).read_text(encoding="utf-8") == text, name


def test_generated_files_are_sorted_headed_and_alias_free(rendered: dict[str, str]) -> None:
    for name, text in rendered.items():
        head = [line for line in text.splitlines() if line.startswith("#")]
        assert any("Licence" in line for line in head), name
        assert any("do not edit by hand" in line for line in head), name
        events = yaml.parse(text)
        assert not any(getattr(e, "anchor", None) for e in events), name
        ids = [r["id"] for r in yaml.safe_load(text)]
        assert ids == sorted(ids), name
        assert len(ids) == len(set(ids)), name


def test_check_mode_passes_on_the_repository(shared_data: Path) -> None:
    assert build.main(["--data", str(shared_data), "--out", str(GAZETTEERS), "--check"]) == 0


def test_build_writes_then_check_passes(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "gaz"
    shutil.copytree(GAZETTEERS / "curated", out / "curated")
    assert build.main(["--data", str(shared_data), "--out", str(out), "--check"]) == 1
    assert build.main(["--data", str(shared_data), "--out", str(out)]) == 0
    assert build.main(["--data", str(shared_data), "--out", str(out), "--check"]) == 0


def test_duplicate_id_across_curated_and_generated_is_reported(
    shared_data: Path, tmp_path: Path
) -> None:
    out = tmp_path / "gaz"
    (out / "curated").mkdir(parents=True)
    (out / "curated" / "dup.yaml").write_text(
        "- {id: 'loc:sirte', type: LOC, name: {en: Sirte}}\n", encoding="utf-8"
    )
    problems = build.check_all(out, build.render(shared_data))
    assert any("loc:sirte" in p and "duplicate id" in p for p in problems)


def test_unreadable_curated_file_is_reported_not_raised(tmp_path: Path) -> None:
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "bad.yaml").write_text("- id: [unclosed\n", encoding="utf-8")
    problems = build.check_all(tmp_path, {})
    assert problems and "cannot read" in problems[0]


def test_missing_data_dir_exits_2(tmp_path: Path) -> None:
    assert build.main(["--data", str(tmp_path / "nope"), "--out", str(tmp_path)]) == 2


def test_missing_source_file_exits_2_naming_it(tmp_path: Path, capsys) -> None:
    # a data directory without the sources (a partial copy): a message, not a traceback
    (tmp_path / "data").mkdir()
    assert build.main(["--data", str(tmp_path / "data"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "places-osm.yaml: cannot read its source data" in err
    assert "osm_libya_places_overpass.json" in err


def test_source_of_another_shape_exits_2(tmp_path: Path, capsys) -> None:
    source = tmp_path / "data" / "osm-libya-places" / "osm_libya_places_overpass.json"
    source.parent.mkdir(parents=True)
    source.write_text('{"not": "an overpass export"}', encoding="utf-8")
    assert build.main(["--data", str(tmp_path / "data"), "--out", str(tmp_path / "out")]) == 2
    assert "places-osm.yaml: cannot read its source data: unexpected shape" in (
        capsys.readouterr().err
    )
