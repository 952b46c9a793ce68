"""Writing gazetteer YAML that humans can read and diff, and reading it back plainly.

Generated files must be byte-identical on every run, so the dump is fully determined by the
records (no anchors/aliases, which the loader rejects; no line wrapping; Unicode kept as is).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from normx.curate.records import RecordDict


class _NoAliasDumper(yaml.SafeDumper):
    """SafeDumper that never emits ``&anchor``/``*alias`` for repeated objects."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def header(lines: Iterable[str]) -> str:
    """A ``#`` comment block, one comment line per input line."""
    return "".join(f"# {line}".rstrip() + "\n" for line in lines)


def dump_records(records: list[RecordDict], header_lines: Iterable[str]) -> str:
    """The full text of a gazetteer YAML file: comment header, then the list of records."""
    body = yaml.dump(
        records,
        Dumper=_NoAliasDumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        default_flow_style=False,
        indent=2,
    )
    return header(header_lines) + "\n" + body


def write_records(path: Path, records: list[RecordDict], header_lines: Iterable[str]) -> bool:
    """Write a gazetteer file; returns True when its content changed."""
    text = dump_records(records, header_lines)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


def read_records(path: Path) -> list[RecordDict]:
    """Records of one YAML gazetteer file, read with ``safe_load`` (a list; ``[]`` if empty)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if data is None:
        return []
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of records, got {type(data).__name__}")
    return data
