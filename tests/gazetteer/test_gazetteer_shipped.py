"""The gazetteers shipped with normx must exist and pass `normx gazetteer check`.

This test fails (never skips) when there are no shipped gazetteers: a normx without them cannot
resolve anything.
"""

from __future__ import annotations

from click.testing import CliRunner

from normx.cli import main
from normx.gazetteer import default_gazetteer_paths, load_gazetteers


def test_shipped_gazetteers_exist_and_are_valid(monkeypatch):
    monkeypatch.delenv("NORMX_DEFAULT_GAZETTEERS", raising=False)
    paths = default_gazetteer_paths()
    assert paths, "no shipped gazetteer directory found"
    gaz = load_gazetteers()  # raises GazetteerError listing every problem
    assert len(gaz.files) > 0, f"no gazetteer files in {paths}"
    assert len(gaz) > 0
    assert {r.type for r in gaz} <= {"PER", "ORG", "LOC"}


def test_normx_gazetteer_check_passes_on_the_shipped_gazetteers(monkeypatch):
    monkeypatch.delenv("NORMX_DEFAULT_GAZETTEERS", raising=False)
    result = CliRunner().invoke(main, ["gazetteer", "check"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("ok: ")
