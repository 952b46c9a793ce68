"""Load gazetteers from files and directories into one validated :class:`Gazetteer`.

The loader finds the files (:mod:`normx.gazetteer.paths`: directories are searched recursively,
in sorted order, so a load is deterministic), reads and validates each one, checks that ids are
unique across everything loaded, and raises one :class:`~normx.errors.GazetteerError` listing
every problem at once.

Each file's validated records are kept in the compiled cache (:mod:`normx.gazetteer.cache`,
stored column by column as :mod:`normx.gazetteer.columns` says) keyed by the sha256 of its
bytes, so an unchanged file is never parsed twice and a changed one is re-read automatically;
identical content under two paths is parsed once.

Limits are module constants (looked up at call time, so tests can lower them): YAML is read
whole and capped at :data:`MAX_YAML_BYTES`; JSONL is streamed and each line is capped at
:data:`MAX_JSONL_LINE_BYTES`. Large gazetteers belong in JSONL.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normx.errors import GazetteerError, Problem
from normx.gazetteer import columns, readers
from normx.gazetteer.cache import load_or_build
from normx.gazetteer.paths import (
    DEFAULTS_ENV,
    GAZETTEER_SUFFIXES,
    as_path_list,
    collect_files,
    default_gazetteer_paths,
)
from normx.gazetteer.schema import SCHEMA_VERSION, Origin, Record
from normx.gazetteer.validate import VALIDATOR_VERSION

__all__ = [
    "DEFAULTS_ENV",
    "GAZETTEER_SUFFIXES",
    "MAX_JSONL_LINE_BYTES",
    "MAX_YAML_BYTES",
    "Gazetteer",
    "SourceFile",
    "default_gazetteer_paths",
    "load_gazetteers",
]

MAX_YAML_BYTES = 32 * 1024 * 1024
MAX_JSONL_LINE_BYTES = 1024 * 1024
_CACHE_KIND = "gazetteer-file"
_CACHE_LAYOUT = 3  # of the payload (normx.gazetteer.columns); part of the cache key


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One file that was loaded: where, its content hash, and how many records it gave."""

    path: str
    sha256: str
    records: int


@dataclass(frozen=True)
class Gazetteer:
    """A validated set of records with unique ids, and the files they came from.

    ``fingerprint`` identifies the content (not the paths) of what was loaded, so other
    modules can key their own caches on it.
    """

    records: tuple[Record, ...]
    files: tuple[SourceFile, ...] = ()
    fingerprint: str = field(init=False)
    _index: dict[str, Record] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        records = tuple(self.records)
        files = tuple(self.files)
        index: dict[str, Record] = {}
        problems = []
        for record in records:
            if not isinstance(record, Record):
                raise TypeError(f"Gazetteer records must be Record, got {type(record).__name__}")
            first = index.setdefault(record.id, record)
            if first is not record:
                problems.append(_duplicate_problem(first, record))
        if problems:
            raise GazetteerError(problems)
        object.__setattr__(self, "records", records)
        object.__setattr__(self, "files", files)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "fingerprint", _fingerprint(records, files))

    @classmethod
    def _checked(
        cls, records: tuple[Record, ...], files: tuple[SourceFile, ...], index: dict[str, Record]
    ) -> Gazetteer:
        """Build from records the loader has already indexed and checked for duplicate ids
        (re-checking 100,000 records would cost a tenth of a second on every load)."""
        self = object.__new__(cls)
        object.__setattr__(self, "records", records)
        object.__setattr__(self, "files", files)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "fingerprint", _fingerprint(records, files))
        return self

    def by_id(self, record_id: str) -> Record:
        """The record with this id; raises ``KeyError`` if there is none (see :meth:`get`)."""
        try:
            return self._index[record_id]
        except (KeyError, TypeError):
            raise KeyError(f"no gazetteer record with id {record_id!r}") from None

    def get(self, record_id: str, default: Record | None = None) -> Record | None:
        """The record with this id, or ``default``."""
        try:
            return self._index.get(record_id, default)
        except TypeError:  # an unhashable id is simply not there
            return default

    def __contains__(self, record_id: object) -> bool:
        try:
            return record_id in self._index
        except TypeError:
            return False

    def __len__(self) -> int:
        return len(self.records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self.records)


def _fingerprint(records: tuple[Record, ...], files: tuple[SourceFile, ...]) -> str:
    digest = hashlib.sha256(f"normx-gazetteer/{SCHEMA_VERSION}/{VALIDATOR_VERSION}\n".encode())
    if files:  # in load order: the compiled index and the caches keyed on this are positional
        for source in files:
            digest.update(f"{source.sha256}\n".encode())
    else:  # built in memory: fingerprint the records themselves
        for record in records:
            digest.update(json.dumps(record.to_dict(), sort_keys=True).encode() + b"\n")
    return digest.hexdigest()


def _where(record: Record) -> str:
    if record.origin is None:
        return "(in memory)"
    origin = record.origin
    return f"{origin.path}:{origin.line}" if origin.line is not None else origin.path


def _duplicate_problem(first: Record, again: Record) -> Problem:
    origin = again.origin or Origin("(in memory)", None)
    message = f"duplicate id: also defined at {_where(first)}"
    return Problem(origin.path, origin.line, again.id, "id", message)


# --- reading one file -------------------------------------------------------------------------


def _size(count: int) -> str:
    mib = 1024 * 1024
    return f"{count / mib:.1f} MiB".replace(".0 MiB", " MiB") if count >= mib else f"{count} bytes"


def _load_file(
    path: Path, *, use_cache: bool
) -> tuple[SourceFile | None, list[Record], list[Problem], list[tuple[int | None, str]]]:
    """Read, validate (or fetch from the cache) one file; problems carry its path."""
    shown = str(path)
    is_jsonl = path.name.lower().endswith(".jsonl")
    try:
        if is_jsonl:
            sha = readers.sha256_file(path)
            limit = MAX_JSONL_LINE_BYTES

            def build() -> dict[str, Any]:
                return columns.parse(readers.read_jsonl(path, sha256=sha, max_line_bytes=limit))

            key = f"{sha}-jsonl-l{limit}"
        else:
            size = path.stat().st_size
            limit = MAX_YAML_BYTES
            data = b""
            if size <= limit:
                with path.open("rb") as handle:
                    data = handle.read(limit + 1)
            if size > limit or len(data) > limit:
                message = (
                    f"YAML file is {_size(max(size, len(data)))}, over the {_size(limit)} limit "
                    "for YAML gazetteers; store large gazetteers as JSONL (one record per line)"
                )
                return None, [], [Problem(shown, None, None, None, message)], []
            sha = hashlib.sha256(data).hexdigest()

            def build() -> dict[str, Any]:
                return columns.parse(readers.read_yaml(data))

            key = f"{sha}-yaml"
        key = f"{key}-s{SCHEMA_VERSION}-v{VALIDATOR_VERSION}-c{_CACHE_LAYOUT}"
        payload = load_or_build(_CACHE_KIND, key, build) if use_cache else build()
        try:
            records, problems, rejected = columns.decode(payload, shown)
        except (TypeError, ValueError, KeyError, IndexError):  # a corrupt cache entry
            records, problems, rejected = columns.decode(build(), shown)
    except readers.SourceChangedError:
        message = "the file changed while it was being read; run again"
        return None, [], [Problem(shown, None, None, None, message)], []
    except OSError as err:
        reason = err.strerror or str(err)
        return None, [], [Problem(shown, None, None, None, f"cannot read: {reason}")], []
    return SourceFile(shown, sha, len(records)), records, problems, rejected


# --- the public entry point -------------------------------------------------------------------


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that form no cycles.

    Loading 100,000 records creates about a million containers; each allocation burst would
    otherwise trigger repeated full collections that scan them all (measured: ~3x slower).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_gazetteers(
    paths: Sequence[str | os.PathLike[str]] = (),
    *,
    defaults: bool = True,
    use_cache: bool = True,
) -> Gazetteer:
    """Load, validate and merge gazetteers.

    ``paths`` are files (.yaml, .yml, .jsonl) or directories searched recursively; a single
    path may be given on its own. With ``defaults`` the shipped gazetteers
    (:func:`default_gazetteer_paths`) are loaded first. Raises :class:`GazetteerError` with
    every problem found (bad records, unreadable files, duplicate ids naming both places);
    raises ``TypeError`` if ``paths`` is not a sequence of paths.
    """
    given = as_path_list(paths)
    sources = [(p, True) for p in (default_gazetteer_paths() if defaults else [])]
    sources += [(p, False) for p in given]
    files, problems = collect_files(sources)
    with _gc_paused():
        records, sources_read, index, more = _load_files(files, use_cache=use_cache)
        problems.extend(more)
        if problems:
            raise GazetteerError(problems)
        return Gazetteer._checked(tuple(records), tuple(sources_read), index)


def _load_files(
    files: list[Path], *, use_cache: bool
) -> tuple[list[Record], list[SourceFile], dict[str, Record], list[Problem]]:
    """Load each file and index its records by id; a duplicate id is a problem naming both
    places (ids of records rejected for other reasons are checked too)."""
    records: list[Record] = []
    sources_read: list[SourceFile] = []
    problems: list[Problem] = []
    index: dict[str, Record] = {}
    rejected_at: dict[str, str] = {}  # id -> "path:line" of a rejected record with that id

    def earlier(rid: str) -> str | None:
        first = index.get(rid)
        return _where(first) if first is not None else rejected_at.get(rid)

    for path in files:
        source, file_records, file_problems, rejected = _load_file(path, use_cache=use_cache)
        shown = str(path)
        if not rejected and not rejected_at:  # the common case, kept fast for big files
            for record in file_records:
                first = index.setdefault(record.id, record)
                if first is not record:
                    file_problems.append(_duplicate_problem(first, record))
        else:  # valid and rejected records in line order, so the first place is named first
            found: list[tuple[int, str, Record | None]] = [
                ((r.origin.line if r.origin else None) or 0, r.id, r) for r in file_records
            ]
            found += [(line or 0, rid, None) for line, rid in rejected]
            found.sort(key=lambda item: item[0])
            for line, rid, record in found:
                where = earlier(rid)
                if where is not None:
                    message = f"duplicate id: also defined at {where}"
                    file_problems.append(Problem(shown, line or None, rid, "id", message))
                if record is not None:
                    index.setdefault(rid, record)
                else:
                    rejected_at.setdefault(rid, f"{shown}:{line}" if line else shown)
        file_problems.sort(key=lambda p: p.line or 0)
        problems.extend(file_problems)
        records.extend(file_records)
        if source is not None:
            sources_read.append(source)
    return records, sources_read, index, problems
