"""Puts the tests folder on the import path, for helpers every area shares (``link_pairs``),
and sets the property tests' profile.

Hypothesis's default deadline (200 ms per example) is a timing test: on a loaded machine (CI,
or 2 cores shared by several runs) a cold first call that loads data misses it, and the
property fails as "flaky" though every answer was right. The properties here test answers,
not speed (speed has its own benchmarks), so no deadline.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

sys.path.insert(0, str(Path(__file__).parent))

# Derandomized unless NORMX_HYPOTHESIS_RANDOM is set: the README's `pytest` (and CI) gives the
# same answer on every run; set it to explore new examples when changing a property's code.
settings.register_profile("normx", deadline=None, derandomize=True)
settings.register_profile("normx-random", deadline=None)
settings.load_profile("normx-random" if os.environ.get("NORMX_HYPOTHESIS_RANDOM") else "normx")


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """The garbage collector left on or off after the test as it was before it: tests of code
    that holds the collector off must not leak that state into the tests after them."""
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()
