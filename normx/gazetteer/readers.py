"""Read gazetteer files (YAML, JSONL) into raw records with their line numbers.

Readers know file formats and nothing about the record contract: they yield :class:`RawEntry`
items (the parsed value, its start line and the lines of its fields) and :class:`Problem` items
for anything that stops a record or a whole file from being read. Validation happens elsewhere.

Why YAML is handled so carefully: gazetteers are hand-edited and may come from anywhere, so the
reader must not execute code (safe loader only), must not be made to expand an alias bomb
(anchors and aliases are rejected from the event stream before any node is built), and must not
read an arbitrarily large file into memory (the caller caps YAML size; JSONL is streamed line by
line with a cap on the length of one line). Problems carry ``path=""``: the caller fills in the
path, which keeps the results path-independent and therefore cacheable by content.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from normx.errors import Problem

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MERGE_TAG = "tag:yaml.org,2002:merge"
_NESTED = ("name", "aliases", "xref")
_READ_CHUNK = 1 << 20


class RawEntry(NamedTuple):
    """One record as parsed, before validation."""

    value: Any
    line: int
    lines: dict[str, int]
    problems: list[Problem]


class SourceChangedError(Exception):
    """The file's content changed between hashing and parsing (so its hash is not its key)."""


def _problem(line: int | None, message: str) -> Problem:
    return Problem("", line, None, None, message)


def decode_utf8(data: bytes, first_line: int = 1) -> tuple[str | None, Problem | None]:
    """Decode UTF-8 (a leading BOM is dropped), or say where the first bad byte is."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as err:
        line = first_line + data.count(b"\n", 0, err.start)
        column = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        message = (
            f"not valid UTF-8: byte 0x{data[err.start]:02x} at byte {column} of the line; "
            "gazetteers must be saved as UTF-8"
        )
        return None, _problem(line, message)


# --- YAML -------------------------------------------------------------------------------------


def _yaml_error(err: yaml.YAMLError, text: str) -> Problem:
    if isinstance(err, yaml.MarkedYAMLError):
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else 1
        kind = (
            "YAML error"
            if isinstance(err, yaml.constructor.ConstructorError)
            else "YAML syntax error"
        )
        message = f"{kind}: {err.problem or 'cannot parse'}"
        if err.context:
            where = f" on line {err.context_mark.line + 1}" if err.context_mark else ""
            message += f" ({err.context}{where})"
        return _problem(line, message)
    if isinstance(err, yaml.reader.ReaderError):
        char = err.character if isinstance(err.character, str) else chr(err.character)
        index = text.find(char)
        line = text.count("\n", 0, index) + 1 if index >= 0 else 1
        name = unicodedata.name(char, "")
        return _problem(
            line, f"YAML does not allow the character U+{ord(char):04X} {name}".rstrip()
        )
    return _problem(1, f"YAML error: {err}")


def _first_anchor(text: str) -> Problem | None:
    """Scan the event stream (cheap, nothing is built) for anchors, aliases or syntax errors."""
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                return _problem(
                    event.start_mark.line + 1,
                    "YAML anchors and aliases (&name, *name) are not allowed in gazetteers; "
                    "write each record out in full",
                )
    except yaml.YAMLError as err:
        return _yaml_error(err, text)
    return None


def _scalar_id(node: yaml.MappingNode) -> str | None:
    for key, value in node.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value == "id"
            and isinstance(value, yaml.ScalarNode)
            and value.value.strip()
        ):
            return value.value.strip()
    return None


def _map_lines(
    node: yaml.Node, prefix: str, lines: dict[str, int], dups: list[tuple[str, int, str]]
) -> None:
    """Record the line of every key in a mapping node (and of list items under it)."""
    if not isinstance(node, yaml.MappingNode):
        return
    for key_node, value_node in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue  # a complex key; the constructor or the validator reports it
        field = f"{prefix}{key_node.value}"
        line = key_node.start_mark.line + 1
        if key_node.tag == _MERGE_TAG:
            dups.append((field, line, "YAML merge keys ('<<') are not allowed in gazetteers"))
            continue
        if field in lines:
            dups.append((field, line, f"duplicate key (first given on line {lines[field]})"))
            continue
        lines[field] = line
        if not prefix and key_node.value in _NESTED:
            _map_lines(value_node, f"{field}.", lines, dups)
        elif isinstance(value_node, yaml.SequenceNode):
            for i, item in enumerate(value_node.value):
                lines[f"{field}[{i}]"] = item.start_mark.line + 1


def read_yaml(data: bytes) -> Iterator[RawEntry | Problem]:
    """Yield the records of a YAML gazetteer (a list of mappings) with their lines."""
    text, problem = decode_utf8(data)
    if problem is not None or text is None:
        yield problem or _problem(1, "cannot decode")
        return
    problem = _first_anchor(text)
    if problem is not None:
        yield problem
        return
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.YAMLError as err:
            yield _yaml_error(err, text)
            return
        if root is None:  # empty file, or only comments
            return
        if not isinstance(root, yaml.SequenceNode):
            kind = "a mapping" if isinstance(root, yaml.MappingNode) else "a single value"
            yield _problem(
                1, f"the top level must be a list of records ('- id: ...'), but it is {kind}"
            )
            return
        for node in root.value:
            line = node.start_mark.line + 1
            lines: dict[str, int] = {}
            dups: list[tuple[str, int, str]] = []
            _map_lines(node, "", lines, dups)
            rid = _scalar_id(node) if isinstance(node, yaml.MappingNode) else None
            problems = [Problem("", ln, rid, fld, msg) for fld, ln, msg in dups]
            try:
                value = loader.construct_object(node, deep=True)
            except yaml.YAMLError as err:
                yield _yaml_error(err, text)
                continue
            yield RawEntry(value, line, lines, problems)
    finally:
        loader.dispose()


# --- JSONL ------------------------------------------------------------------------------------


def sha256_file(path: Path) -> str:
    """The sha256 of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _JsonLineParser:
    """Parses one JSONL line at a time, noting duplicate keys (plain ``json`` keeps the last)."""

    def __init__(self) -> None:
        self.dups: list[str] = []
        self.decoder = json.JSONDecoder(object_pairs_hook=self._pairs)

    def _pairs(self, items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            seen: set[str] = set()
            for key, _ in items:
                if key in seen:
                    self.dups.append(key)
                seen.add(key)
        return out

    def parse(self, text: str, line: int) -> RawEntry | Problem:
        self.dups = []
        try:
            value = self.decoder.decode(text)
        except json.JSONDecodeError as err:
            return _problem(line, f"invalid JSON at column {err.colno}: {err.msg}")
        except RecursionError:
            return _problem(line, "invalid JSON: nested too deeply")
        rid = value.get("id") if isinstance(value, dict) else None
        rid = rid.strip() if isinstance(rid, str) and rid.strip() else None
        problems = [
            Problem("", line, rid, key, f"duplicate key {key!r} in a JSON object")
            for key in self.dups
        ]
        return RawEntry(value, line, {}, problems)


def read_jsonl(path: Path, *, sha256: str, max_line_bytes: int) -> Iterator[RawEntry | Problem]:
    """Yield the records of a JSONL gazetteer, one per non-blank line, streaming the file.

    Raises :class:`SourceChangedError` at the end if the bytes read do not hash to ``sha256``.
    """
    digest = hashlib.sha256()
    parser = _JsonLineParser()
    line = 0
    with path.open("rb") as handle:
        while True:
            chunk = handle.readline(max_line_bytes + 1)
            if not chunk:
                break
            line += 1
            digest.update(chunk)
            if len(chunk) > max_line_bytes and not chunk.endswith(b"\n"):
                while not chunk.endswith(b"\n"):  # skip the rest of the over-long line
                    chunk = handle.readline(_READ_CHUNK)
                    if not chunk:
                        break
                    digest.update(chunk)
                yield _problem(
                    line,
                    f"line is longer than {max_line_bytes} bytes; one record per line is "
                    "expected, and no record needs to be this long",
                )
                continue
            if line == 1 and chunk.startswith(codecs.BOM_UTF8):
                chunk = chunk[len(codecs.BOM_UTF8) :]
            text, problem = decode_utf8(chunk, line)
            if problem is not None or text is None:
                yield problem or _problem(line, "cannot decode")
                continue
            if text.strip():
                yield parser.parse(text, line)
    if digest.hexdigest() != sha256:
        raise SourceChangedError(str(path))
