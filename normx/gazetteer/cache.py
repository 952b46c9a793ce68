"""An on-disk cache for expensive, deterministic builds (parsed gazetteers, matcher indexes).

Why this shape:

* Entries are keyed by the *content* they were built from (the caller makes the key, typically a
  sha256 plus format versions), so a changed source is rebuilt automatically and nothing ever has
  to be invalidated by hand.
* Entries are JSON, never pickle: loading a cache file cannot execute code, even if someone else
  wrote it.
* The cache is an optimisation only. An unwritable directory, a full disk, a truncated or
  hand-edited entry: each silently falls back to building, so no run ever fails because of it.
* A build's result is always passed through JSON, cache or no cache, so callers see the same
  types (lists, not tuples) on a cold run and a warm one.

Location: ``$NORMX_CACHE_DIR``, else ``$XDG_CACHE_HOME/normx``, else ``~/.cache/normx``; one
sub-directory per *kind*, one ``<key>.json`` file per entry; at most
:data:`MAX_ENTRIES_PER_KIND` entries per kind are kept (least recently used go first).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from normx.errors import NormxError

CACHE_FORMAT = 1
MAX_ENTRIES_PER_KIND = 256
_STALE_TEMP_SECONDS = 3600
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_MISS = object()


def cache_dir() -> Path | None:
    """The writable cache directory (created if needed), or None when there is none."""
    env = os.environ.get("NORMX_CACHE_DIR")
    try:
        xdg = os.environ.get("XDG_CACHE_HOME")
        if env:
            base = Path(env)
        elif xdg and os.path.isabs(xdg):  # the XDG spec says to ignore relative values
            base = Path(xdg) / "normx"
        else:
            base = Path.home() / ".cache" / "normx"
        base.mkdir(parents=True, exist_ok=True)
    except (OSError, RuntimeError, ValueError):  # no home, read-only, NUL in the variable...
        return None
    if not base.is_dir() or not os.access(base, os.W_OK | os.X_OK):
        return None
    return base


def _check_name(what: str, value: Any) -> None:
    if not isinstance(value, str):
        raise TypeError(f"cache {what} must be a string, got {type(value).__name__}")
    if not _NAME.fullmatch(value):
        raise NormxError(
            f"invalid cache {what} {value!r}: use 1-200 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )


def _read(path: Path, kind: str, key: str) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError, RecursionError):  # missing, unreadable, corrupt
        return _MISS
    if (
        not isinstance(entry, dict)
        or entry.get("format") != CACHE_FORMAT
        or entry.get("kind") != kind
        or entry.get("key") != key
        or "value" not in entry
    ):
        return _MISS
    with contextlib.suppress(OSError):  # mark as recently used for pruning
        os.utime(path)
    return entry["value"]


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically; give up silently on any OS error."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


def _prune(directory: Path) -> None:
    """Keep the newest MAX_ENTRIES_PER_KIND entries; drop temp files left by crashed writers."""
    try:
        entries = []
        now = time.time()
        for child in directory.iterdir():
            mtime = child.stat().st_mtime
            if child.name.startswith(".tmp-"):
                if now - mtime > _STALE_TEMP_SECONDS:
                    child.unlink()
            elif child.suffix == ".json":
                entries.append((mtime, child))
        entries.sort(reverse=True)
        for _, child in entries[MAX_ENTRIES_PER_KIND:]:
            child.unlink()
    except OSError:
        pass


def load_or_build(kind: str, key: str, build: Callable[[], Any]) -> Any:
    """Return the cached value for ``(kind, key)``, or call ``build()``, cache and return it.

    ``kind`` names the sort of entry (``"gazetteer-file"``, ``"match-index"``) and ``key`` must
    identify the *inputs* completely (content hash and every version that affects the result).
    ``build`` must return JSON-compatible data (dicts with string keys, lists, strings, numbers,
    booleans, None; no NaN); the value returned is that data after a JSON round trip, whether or
    not it came from the cache. Raises ``TypeError``/``NormxError`` for an invalid kind or key,
    and lets exceptions from ``build`` propagate (nothing is cached then).
    """
    _check_name("kind", kind)
    _check_name("key", key)
    if not callable(build):
        raise TypeError(f"build must be callable, got {type(build).__name__}")
    directory = cache_dir()
    path = directory / kind / f"{key}.json" if directory is not None else None
    if path is not None:
        value = _read(path, kind, key)
        if value is not _MISS:
            return value
    entry = {"format": CACHE_FORMAT, "kind": kind, "key": key, "value": build()}
    text = json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if path is not None:
        _write(path, text)
        _prune(path.parent)
    return json.loads(text)["value"]


def store(kind: str, key: str, value: Any) -> None:
    """Write *value* as the entry for ``(kind, key)``, replacing what is there.

    For a caller that found a cached value it cannot use (written by an older version under
    the same key): the rebuilt value replaces it, so the next run does not rebuild again.
    Silently does nothing when there is no writable cache directory.
    """
    _check_name("kind", kind)
    _check_name("key", key)
    directory = cache_dir()
    if directory is None:
        return
    entry = {"format": CACHE_FORMAT, "kind": kind, "key": key, "value": value}
    path = directory / kind / f"{key}.json"
    _write(path, json.dumps(entry, ensure_ascii=False, separators=(",", ":"), allow_nan=False))
    _prune(path.parent)
