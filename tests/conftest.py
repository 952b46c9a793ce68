"""Puts the tests folder on the import path, for helpers every area shares (``link_pairs``)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
