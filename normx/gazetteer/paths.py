"""Which files a list of gazetteer paths stands for.

A path is a gazetteer file (.yaml, .yml, .jsonl) or a directory searched recursively in sorted
order, so a load is deterministic; the shipped gazetteers are found through
:func:`default_gazetteer_paths`. Problems with a path (missing, unreadable, a directory with no
gazetteer file, a file of another kind) are returned as :class:`~normx.errors.Problem` values
so the loader can report every one of them at once.
"""

from __future__ import annotations

import importlib.resources
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from normx.errors import Problem

GAZETTEER_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".jsonl")
DEFAULTS_ENV = "NORMX_DEFAULT_GAZETTEERS"


def default_gazetteer_paths() -> list[Path]:
    """The shipped gazetteers: ``$NORMX_DEFAULT_GAZETTEERS`` (os.pathsep-separated) if set,
    else the copy installed in the package (``normx/_data/gazetteers``), else the repository's
    ``gazetteers/`` next to the package (editable installs); ``[]`` if none exists."""
    env = os.environ.get(DEFAULTS_ENV)
    if env is not None:
        return [Path(part) for part in env.split(os.pathsep) if part]
    try:
        installed = Path(str(importlib.resources.files("normx") / "_data" / "gazetteers"))
        if installed.is_dir():
            return [installed]
    except (ModuleNotFoundError, OSError, TypeError, ValueError):
        pass
    repo = Path(__file__).resolve().parents[2] / "gazetteers"
    return [repo] if repo.is_dir() else []


def _is_gazetteer_name(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(GAZETTEER_SUFFIXES)


def _walk(root: Path) -> list[Path]:
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        base = Path(dirpath)
        found.extend(base / name for name in sorted(filenames) if _is_gazetteer_name(name))
    return found


def _expand(given: Any, *, is_default: bool) -> tuple[list[Path], list[Problem]]:
    """The gazetteer files a path stands for, or the problem with it."""
    if not isinstance(given, str | os.PathLike):
        raise TypeError(f"a gazetteer path must be a str or os.PathLike, got {given!r}")
    text = os.fspath(given)
    if not isinstance(text, str):
        raise TypeError(f"a gazetteer path must be a str, got {type(text).__name__}")
    if not text.strip():
        return [], [Problem(repr(text), None, None, None, "empty path given")]
    path = Path(text)
    try:
        if path.is_dir():
            files = _walk(path)
            if not files and not is_default:
                suffixes = ", ".join(GAZETTEER_SUFFIXES)
                message = f"directory holds no gazetteer files ({suffixes})"
                return [], [Problem(text, None, None, None, message)]
            return files, []
        if path.is_file():
            if path.name.lower().endswith(GAZETTEER_SUFFIXES):
                return [path], []
            suffixes = ", ".join(GAZETTEER_SUFFIXES)
            message = f"not a gazetteer file: expected a name ending in {suffixes}"
            return [], [Problem(text, None, None, None, message)]
        exists = path.exists()
    except (OSError, ValueError) as err:  # permission denied, NUL in the path...
        return [], [Problem(text, None, None, None, f"cannot read: {err}")]
    message = "not a regular file or directory" if exists else "no such file or directory"
    return [], [Problem(text, None, None, None, message)]


def as_path_list(paths: Any) -> list[Any]:
    if paths is None:
        raise TypeError("paths must be a sequence of gazetteer paths (use () for none), not None")
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise TypeError(f"paths must be a sequence of str or os.PathLike, got {paths!r}")
    return list(paths)


def collect_files(sources: list[tuple[Any, bool]]) -> tuple[list[Path], list[Problem]]:
    """Every gazetteer file, in order, each once (by resolved path), and the path problems."""
    problems: list[Problem] = []
    files: list[Path] = []
    seen: set[Path] = set()
    for item, is_default in sources:
        found, trouble = _expand(item, is_default=is_default)
        problems.extend(trouble)
        for path in found:
            try:
                real = path.resolve()
            except (OSError, RuntimeError):
                real = path
            if real not in seen:  # the same file named twice is loaded once
                seen.add(real)
                files.append(path)
    return files, problems
