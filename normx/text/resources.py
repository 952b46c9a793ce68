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


@cache
def analysis_fingerprint() -> str:
    """A hash of everything that decides how names are analysed: the data files and the code.

    Caches of analysed names are keyed on it, so editing a particle spelling or a letter class
    (or the analysing code) rebuilds them; nobody has to remember to bump a version.
    """
    import hashlib

    digest = hashlib.sha256()
    text_pkg = resources.files("normx.text")
    for name in sorted(
        str(p.name) for p in text_pkg.iterdir() if p.name.endswith((".py", ".yaml"))
    ):
        digest.update(name.encode() + text_pkg.joinpath(name).read_bytes())
    data = text_pkg.joinpath("data")
    for name in sorted(str(p.name) for p in data.iterdir() if p.name.endswith(".yaml")):
        digest.update(name.encode() + data.joinpath(name).read_bytes())
    digest.update(resources.files("normx.match").joinpath("index.py").read_bytes())
    return digest.hexdigest()[:32]
