"""Load gazetteers from files and directories into one validated :class:`Gazetteer`.

The loader finds the files (directories are searched recursively, in sorted order, so a load is
deterministic), reads and validates each one, checks that ids are unique across everything
loaded, and raises one :class:`~normx.errors.GazetteerError` listing every problem at once.

Each file's validated records are kept in the compiled cache (:mod:`normx.gazetteer.cache`)
keyed by the sha256 of its bytes, so an unchanged file is never parsed twice and a changed one
is re-read automatically; identical content under two paths is parsed once.

Limits are module constants (looked up at call time, so tests can lower them): YAML is read
whole and capped at :data:`MAX_YAML_BYTES`; JSONL is streamed and each line is capped at
:data:`MAX_JSONL_LINE_BYTES`. Large gazetteers belong in JSONL.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import gc
import hashlib
import importlib.resources
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from normx.errors import GazetteerError, Problem
from normx.gazetteer import readers
from normx.gazetteer.cache import load_or_build
from normx.gazetteer.schema import SCHEMA_VERSION, Origin, Record
from normx.gazetteer.validate import VALIDATOR_VERSION, clean_text, validate_record

MAX_YAML_BYTES = 32 * 1024 * 1024
MAX_JSONL_LINE_BYTES = 1024 * 1024
GAZETTEER_SUFFIXES: tuple[str, ...] = (".yaml", ".yml", ".jsonl")
DEFAULTS_ENV = "NORMX_DEFAULT_GAZETTEERS"
_CACHE_KIND = "gazetteer-file"
_CACHE_LAYOUT = 2  # of the payload below; part of the cache key


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
    if files:
        for sha in sorted(f.sha256 for f in files):
            digest.update(f"{sha}\n".encode())
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


# --- finding files ----------------------------------------------------------------------------


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


# --- reading one file -------------------------------------------------------------------------


# The cache stores records column by column: one JSON list per field. Columns parse faster than
# one small list per record, and turn back into Records with C-level ``map`` calls (about twice as
# fast as a comprehension over rows); this is what keeps a warm load of 100,000 records fast.
_COLUMNS = ("line", "id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "xref")
_COLUMNS += ("source", "note")


def _encode(records: list[Record]) -> dict[str, list[Any]]:
    return {
        "line": [r.origin.line if r.origin is not None else None for r in records],
        "id": [r.id for r in records],
        "type": [r.type for r in records],
        "name_en": [r.name_en for r in records],
        "name_ar": [r.name_ar for r in records],
        "aliases_en": [list(r.aliases_en) for r in records],
        "aliases_ar": [list(r.aliases_ar) for r in records],
        "xref": [[list(pair) for pair in r.xref] for r in records],
        "source": [r.source for r in records],
        "note": [r.note for r in records],
    }


_SLOTS: dict[type, list[Any]] = {}


def _slot_setters(cls: type) -> list[Any] | None:
    """The slot descriptors of a frozen, slotted dataclass's fields, in field order, or None
    when the class has anything an instance made without ``__init__`` would miss."""
    if cls not in _SLOTS:
        names = [f.name for f in dataclasses.fields(cls)]
        plain = (
            getattr(cls, "__slots__", None) == tuple(names)
            and not hasattr(cls, "__post_init__")
            and all(f.init for f in dataclasses.fields(cls))
        )
        _SLOTS[cls] = [cls.__dict__[name] for name in names] if plain else []
    return _SLOTS[cls] or None


def _build(cls: type, count: int, columns: Sequence[Iterable[Any]]) -> list[Any]:
    """*count* instances of the frozen dataclass *cls* from one iterable per field, in order.

    The records a cache holds were validated when the cache was written, so they are made the
    way their constructor would make them, but column by column: one C-level ``map`` per field
    writes every instance's slot (``__init__`` of a frozen dataclass sets each field through
    ``object.__setattr__`` in Python, which was half the time of a warm load).
    """
    setters = _slot_setters(cls)
    if setters is None:
        return list(map(cls, *columns))
    made = list(map(object.__new__, repeat(cls, count)))
    for setter, column in zip(setters, columns, strict=True):
        # consume the map in C: deque with maxlen 0 stores nothing
        collections.deque(map(setter.__set__, made, column), 0)
    return made


def _decode(
    payload: Any, path: str
) -> tuple[list[Record], list[Problem], list[tuple[int | None, str]]]:
    """Records, problems and rejected ids from a payload; ValueError etc. if it is malformed."""
    columns = [payload["columns"][name] for name in _COLUMNS]
    if len({len(column) for column in columns}) > 1 or not all(
        isinstance(column, list) for column in columns
    ):
        raise ValueError("malformed cache entry")
    lines, ids, types, names_en, names_ar, aliases_en, aliases_ar, xref, source, note = columns
    origins = _build(Origin, len(lines), (repeat(path), lines))
    records = _build(
        Record,
        len(ids),
        (
            ids,
            types,
            names_en,
            names_ar,
            map(tuple, aliases_en),
            map(tuple, aliases_ar),
            map(tuple, map(map, repeat(tuple), xref)),  # [[k, v], ...] -> ((k, v), ...)
            source,
            note,
            origins,
        ),
    )
    if not all(isinstance(i, str) for i in ids):  # a tampered cache must not smuggle in junk
        raise ValueError("malformed cache entry")
    problems = [Problem(path, *item) for item in payload["problems"]]
    rejected = [(line, rid) for line, rid in payload["rejected_ids"]]
    return records, problems, rejected


def _parse(items: Iterable[readers.RawEntry | Problem]) -> dict[str, Any]:
    """Validate what a reader yields into a JSON-ready payload (records and problems)."""
    records: list[Record] = []
    problems: list[list[Any]] = []
    rejected_ids: list[list[Any]] = []  # ids of invalid records, still checked for duplicates
    for item in items:
        if isinstance(item, Problem):
            problems.append([item.line, item.record_id, item.field, item.message])
            continue
        found = list(item.problems)
        record, more = validate_record(item.value, path="", line=item.line, lines=item.lines)
        found.extend(more)
        found.sort(key=lambda p: p.line or 0)
        problems.extend([p.line, p.record_id, p.field, p.message] for p in found)
        if record is not None:
            records.append(record)
        elif isinstance(item.value, Mapping) and not any(p.field == "id" for p in found):
            rid = item.value.get("id")
            if isinstance(rid, str):
                rejected_ids.append([item.line, clean_text(rid)])
    return {"columns": _encode(records), "problems": problems, "rejected_ids": rejected_ids}


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
                return _parse(readers.read_jsonl(path, sha256=sha, max_line_bytes=limit))

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
                return _parse(readers.read_yaml(data))

            key = f"{sha}-yaml"
        key = f"{key}-s{SCHEMA_VERSION}-v{VALIDATOR_VERSION}-c{_CACHE_LAYOUT}"
        payload = load_or_build(_CACHE_KIND, key, build) if use_cache else build()
        try:
            records, problems, rejected = _decode(payload, shown)
        except (TypeError, ValueError, KeyError, IndexError):  # a corrupt cache entry
            records, problems, rejected = _decode(build(), shown)
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


def _as_path_list(paths: Any) -> list[Any]:
    if paths is None:
        raise TypeError("paths must be a sequence of gazetteer paths (use () for none), not None")
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes) or not isinstance(paths, Iterable):
        raise TypeError(f"paths must be a sequence of str or os.PathLike, got {paths!r}")
    return list(paths)


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
    given = _as_path_list(paths)
    sources = [(p, True) for p in (default_gazetteer_paths() if defaults else [])]
    sources += [(p, False) for p in given]
    files, problems = _collect_files(sources)
    with _gc_paused():
        records, sources_read, index, more = _load_files(files, use_cache=use_cache)
        problems.extend(more)
        if problems:
            raise GazetteerError(problems)
        return Gazetteer._checked(tuple(records), tuple(sources_read), index)


def _collect_files(sources: list[tuple[Any, bool]]) -> tuple[list[Path], list[Problem]]:
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
