"""Loading of the data files shipped in the packages' ``data`` folders (``normx/text/data``:
particles, letter classes; ``normx/detect/data``, ``normx/resolve/data``, ``normx/curate/data``,
``normx/gazetteer/data``: the word lists the rules read).

One loader for all of them, so that every word list is parsed once per process and checked the
same way: a list of words holds strings only (YAML reads an unquoted ``on``, ``no`` or ``y`` as
a boolean, which would silently never match a word).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import yaml


@cache
def package_data(package: str, name: str) -> Any:
    """Parse ``<package>/data/<name>`` (YAML; *package* dotted, "normx.resolve") once per
    process; callers only read the result."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


@cache
def load_data(name: str) -> Any:
    """Parse ``normx/text/data/<name>`` (YAML) once per process."""
    return package_data("normx.text", name)


def _node(package: str, name: str, keys: tuple[str, ...]) -> Any:
    """What *keys* (a path of mapping keys) lead to in ``<package>/data/<name>``."""
    node: Any = package_data(package, name)
    for key in keys:
        node = node[key]
    return node


@cache
def word_list(package: str, name: str, *keys: str) -> tuple[str, ...]:
    """The list of words under *keys* (a path of mapping keys) in ``<package>/data/<name>``,
    in the file's order (a rule that tries words in turn keeps its order). A list that is
    missing, empty, or holds anything but strings is refused: the code would read no word."""
    node = _node(package, name, keys)
    if not isinstance(node, list) or not node or not all(isinstance(w, str) for w in node):
        raise ValueError(f"{package}/data/{name}: {'/'.join(keys)} is no list of words")
    return tuple(node)


@cache
def word_table(package: str, name: str, *keys: str) -> Mapping[str, str]:
    """The mapping of word to word under *keys* in ``<package>/data/<name>``, in the file's
    order; refused when missing, empty or not strings to strings (as :func:`word_list`)."""
    node = _node(package, name, keys)
    if (
        not isinstance(node, dict)
        or not node
        or not all(isinstance(k, str) and isinstance(v, str) for k, v in node.items())
    ):
        raise ValueError(f"{package}/data/{name}: {'/'.join(keys)} is no table of words")
    return MappingProxyType(dict(node))


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
