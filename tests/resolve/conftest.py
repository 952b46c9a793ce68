from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from seed_eval import SEED_GAZETTEER

from normx.api import Normalizer


@pytest.fixture(scope="session")
def seed_nz() -> Normalizer:
    return Normalizer.load([SEED_GAZETTEER], defaults=False, use_cache=False)
