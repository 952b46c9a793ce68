"""The cache payload of one gazetteer file: validated records stored column by column.

:func:`parse` validates what a reader yields into a JSON-ready payload; :func:`decode` turns a
payload (fresh or from the content-keyed cache) back into records, problems and the ids of
rejected records (still checked for duplicates by the loader).
"""

from __future__ import annotations

import collections
import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat
from typing import Any

from normx.errors import Problem
from normx.gazetteer import readers
from normx.gazetteer.schema import Origin, Record
from normx.gazetteer.validate import clean_text, validate_record

# The cache stores records column by column: one JSON list per field. Columns parse faster than
# one small list per record, and turn back into Records with C-level ``map`` calls (about twice as
# fast as a comprehension over rows); this is what keeps a warm load of 100,000 records fast.
_COLUMNS = ("line", "id", "type", "name_en", "name_ar", "aliases_en", "aliases_ar", "xref")
_COLUMNS += ("source", "note", "name_fr", "aliases_fr")


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
        "name_fr": [r.name_fr for r in records],
        "aliases_fr": [list(r.aliases_fr) for r in records],
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


def decode(
    payload: Any, path: str
) -> tuple[list[Record], list[Problem], list[tuple[int | None, str]]]:
    """Records, problems and rejected ids from a payload; ValueError etc. if it is malformed."""
    columns = [payload["columns"][name] for name in _COLUMNS]
    if len({len(column) for column in columns}) > 1 or not all(
        isinstance(column, list) for column in columns
    ):
        raise ValueError("malformed cache entry")
    lines, ids, types, names_en, names_ar, aliases_en, aliases_ar, xref, source, note = columns[:10]
    names_fr, aliases_fr = columns[10:]
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
            names_fr,
            map(tuple, aliases_fr),
        ),
    )
    if not all(isinstance(i, str) for i in ids):  # a tampered cache must not smuggle in junk
        raise ValueError("malformed cache entry")
    problems = [Problem(path, *item) for item in payload["problems"]]
    rejected = [(line, rid) for line, rid in payload["rejected_ids"]]
    return records, problems, rejected


def parse(items: Iterable[readers.RawEntry | Problem]) -> dict[str, Any]:
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
