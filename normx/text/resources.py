"""Loading of the text data files (particles, letter classes) shipped in ``normx/text/data``."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load_data(name: str) -> Any:
    """Parse ``normx/text/data/<name>`` (YAML) once per process."""
    text = resources.files("normx.text").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)
