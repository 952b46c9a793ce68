"""Fixtures for the curation tests: where the repository, its gazetteers and the shared data are."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def shared_data_dir() -> Path:
    """``$NORMX_SHARED_DATA``, else ``<repo>/../shared/data`` (CI puts it beside the clone)."""
    env = os.environ.get("NORMX_SHARED_DATA")
    return Path(env) if env else REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    path = shared_data_dir()
    if not (path / "osm-libya-places").is_dir():
        pytest.skip(f"shared source data not found at {path} (set NORMX_SHARED_DATA)")
    return path
