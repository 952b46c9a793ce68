"""Check one raw gazetteer record against the contract and build a :class:`Record` from it.

The readers (YAML, JSONL) only know *where* a record came from; what a valid record *is* is stated
here once, so a record can also be checked on its own (by a curation tool or a test).

Every problem in a record is reported, not just the first, because a curator fixing a file wants
the whole list in one run. Text is cleaned rather than rejected where the intent is obvious
(surrounding whitespace stripped, internal runs of whitespace collapsed to one space), but
invisible characters that make identical-looking names differ (control characters, bidi marks,
zero-width space, BOM) are rejected: dropping them silently would hide a copy-paste accident.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from normx.errors import Problem
from normx.gazetteer.schema import (
    ENTITY_TYPES,
    LANGS,
    NAME_LANGS,
    RECORD_KEYS,
    REQUIRED_KEYS,
    Origin,
    Record,
)

# Bumped whenever a rule here changes what is accepted or how text is cleaned; part of every
# compiled-cache key so that records cleaned by older rules are never served from the cache.
VALIDATOR_VERSION = 1

# Invisible or control characters: C0/C1 controls except tab, newline and carriage return (those
# are whitespace and get collapsed), soft hyphen, Arabic letter mark, zero-width space, LRM/RLM,
# bidi embeddings/overrides/isolates and the BOM.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u200b\u200e\u200f"
    "\u202a-\u202e\u2066-\u2069\ufeff]"
)
# Characters of the Arabic script: Arabic, Supplement, Extended-B/A and Presentation Forms A/B.
_ARABIC_RANGES = "\u0600-\u06ff\u0750-\u077f\u0870-\u089f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe"
_ARABIC = re.compile(f"[{_ARABIC_RANGES}]")
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script
_ARABIC_LETTER = re.compile(rf"(?=[{_ARABIC_RANGES}])[^\W\d_]")
_NON_ARABIC_LETTER = re.compile(rf"[^\W\d_{_ARABIC_RANGES}]")
_WHITESPACE = re.compile(r"\s")


def clean_text(value: str) -> str:
    """Strip surrounding whitespace and collapse internal runs of whitespace to one space."""
    return " ".join(value.split())


def describe_value(value: Any) -> str:
    """A short description of a value of the wrong kind, with a hint where YAML is to blame."""
    if value is None:
        return "an empty value (null)"
    if isinstance(value, bool):
        return (
            f"the boolean {str(value).lower()} (YAML reads unquoted yes/no/on/off/true/false "
            "as booleans; put the value in quotes)"
        )
    if isinstance(value, int | float):
        return f"the number {value!r} (put the value in quotes)"
    if isinstance(value, _dt.date):
        return f"the date {value.isoformat()} (put the value in quotes)"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list | tuple):
        return "a list"
    return f"a value of type {type(value).__name__}"


def suggest(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the nearest valid choice, or '' when nothing is close."""
    options = sorted(choices)
    folded = {c.lower(): c for c in options}
    if word.lower() in folded:
        return f" (did you mean '{folded[word.lower()]}'?)"
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _char_name(char: str) -> str:
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


class _Checker:
    """Collects problems for one record, placing each on the most precise line known."""

    __slots__ = ("line", "lines", "path", "problems", "record_id")

    def __init__(self, path: str, line: int | None, lines: Mapping[str, int] | None) -> None:
        self.path = path
        self.line = line
        self.lines = lines
        self.record_id: str | None = None
        self.problems: list[Problem] = []

    def line_of(self, field: str | None) -> int | None:
        """The line of ``field`` (e.g. ``aliases.en[2]``), else of its parent, else the record's."""
        if self.lines and field:
            key = field
            while key:
                if key in self.lines:
                    return self.lines[key]
                cut = max(key.rfind("."), key.rfind("["))
                key = key[:cut] if cut > 0 else ""
        return self.line

    def add(self, field: str | None, message: str) -> None:
        self.problems.append(
            Problem(self.path, self.line_of(field), self.record_id, field, message)
        )

    def text(self, field: str, value: Any, lang: str | None = None) -> str | None:
        """A cleaned, non-empty string, checked for script when ``lang`` is given; else None."""
        if not isinstance(value, str):
            self.add(field, f"must be a string, got {describe_value(value)}")
            return None
        bad = _FORBIDDEN.search(value)
        if bad:
            self.add(field, f"contains the invisible character {_char_name(bad.group())}")
            return None
        text = clean_text(value)
        if not text:
            self.add(field, "is empty")
            return None
        if lang == "ar":
            if not _ARABIC_LETTER.search(text):
                self.add(field, f"must be in Arabic script, but {text!r} has no Arabic letters")
                return None
            if _NON_ARABIC_LETTER.search(text):
                foreign = _NON_ARABIC_LETTER.findall(text)
                self.add(
                    field,
                    f"must be in Arabic script, but {text!r} contains non-Arabic letters "
                    f"({''.join(dict.fromkeys(foreign))}); put Latin spellings under 'en'",
                )
                return None
        elif lang in ("en", "fr"):
            if _ARABIC.search(text):
                self.add(
                    field,
                    f"must not contain Arabic script, but {text!r} does; "
                    "put Arabic spellings under 'ar'",
                )
                return None
            if not _LETTER.search(text):
                self.add(field, f"must contain letters, got {text!r}")
                return None
        return text

    def mapping(self, field: str, value: Any) -> Mapping[Any, Any] | None:
        if isinstance(value, (dict, Mapping)):  # dict first: the ABC check is slow
            return value
        self.add(field, f"must be a mapping, got {describe_value(value)}")
        return None

    def unknown_keys(self, prefix: str, mapping: Mapping[Any, Any], valid: Iterable[str]) -> None:
        valid = tuple(valid)
        for key in mapping:
            if key not in valid:
                name = str(key)
                field = f"{prefix}.{name}" if prefix else name
                self.add(
                    field,
                    f"unknown key {name!r}{suggest(name, valid)}; "
                    f"valid keys are: {', '.join(sorted(valid))}",
                )


def _check_id(c: _Checker, raw: Mapping[Any, Any]) -> str | None:
    if "id" not in raw:
        return None
    text = c.text("id", raw["id"])
    if text is None:
        return None
    if _WHITESPACE.search(text):
        c.add("id", f"must not contain whitespace, got {text!r}")
        return None
    return text


def _check_type(c: _Checker, raw: Mapping[Any, Any]) -> str | None:
    if "type" not in raw:
        return None
    value = raw["type"]
    if isinstance(value, str) and value.strip() in ENTITY_TYPES:
        return value.strip()
    if isinstance(value, str):
        hint = suggest(value.strip(), ENTITY_TYPES)
        c.add("type", f"unknown type {value!r}{hint}; expected one of {', '.join(ENTITY_TYPES)}")
    else:
        c.add(
            "type",
            f"must be one of {', '.join(ENTITY_TYPES)}, got {describe_value(value)}",
        )
    return None


def _check_name(c: _Checker, raw: Mapping[Any, Any]) -> dict[str, str]:
    if "name" not in raw:
        return {}
    name = c.mapping("name", raw["name"])
    if name is None:
        return {}
    c.unknown_keys("name", name, NAME_LANGS)
    out: dict[str, str] = {}
    present = [lang for lang in LANGS if lang in name]
    if not present:
        c.add("name", "must give the name in 'en' or 'ar' (or both)")
    for lang in (*present, *(lang for lang in NAME_LANGS if lang not in LANGS and lang in name)):
        text = c.text(f"name.{lang}", name[lang], lang)
        if text is not None:
            out[lang] = text
    return out


def _check_aliases(
    c: _Checker, raw: Mapping[Any, Any], names: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    if "aliases" not in raw:
        return {}
    aliases = c.mapping("aliases", raw["aliases"])
    if aliases is None:
        return {}
    c.unknown_keys("aliases", aliases, NAME_LANGS)
    out: dict[str, tuple[str, ...]] = {}
    for lang in NAME_LANGS:
        if lang not in aliases:
            continue
        field = f"aliases.{lang}"
        items = aliases[lang]
        if isinstance(items, str):
            c.add(field, f"must be a list of strings; write [{items!r}] for a single alias")
            continue
        if not isinstance(items, list | tuple):
            c.add(field, f"must be a list of strings, got {describe_value(items)}")
            continue
        seen: dict[str, str] = {}
        if lang in names:
            seen[names[lang]] = f"name.{lang}"
        kept: list[str] = []
        for i, item in enumerate(items):
            item_field = f"{field}[{i}]"
            text = c.text(item_field, item, lang)
            if text is None:
                continue
            if text in seen:
                c.add(item_field, f"duplicate of {seen[text]} ({text!r}); remove one")
                continue
            seen[text] = item_field
            kept.append(text)
        out[lang] = tuple(kept)
    return out


def _check_xref(c: _Checker, raw: Mapping[Any, Any]) -> tuple[tuple[str, str], ...]:
    if "xref" not in raw:
        return ()
    xref = c.mapping("xref", raw["xref"])
    if xref is None:
        return ()
    out: list[tuple[str, str]] = []
    for key, value in xref.items():
        field = f"xref.{key}"
        if not isinstance(key, str) or not key.strip() or _WHITESPACE.search(key.strip()):
            c.add(field, f"xref keys must be non-empty words, got {describe_value(key)}")
            continue
        if isinstance(value, int) and not isinstance(value, bool):
            out.append((key.strip(), str(value)))
            continue
        if not isinstance(value, str):
            c.add(field, f"must be a string or an integer, got {describe_value(value)}")
            continue
        text = c.text(field, value)
        if text is not None:
            out.append((key.strip(), text))
    return tuple(out)


def validate_record(
    raw: Any,
    *,
    path: str,
    line: int | None,
    lines: Mapping[str, int] | None = None,
) -> tuple[Record | None, list[Problem]]:
    """Validate one raw record (as parsed from YAML or JSON) and build its :class:`Record`.

    ``path`` and ``line`` say where the record starts; ``lines`` optionally maps field paths
    (``"name"``, ``"name.en"``, ``"aliases.ar[1]"``) to their own lines so that each problem
    points at the offending line. Returns the record and no problems, or ``None`` and every
    problem found. Never raises for bad *data*; raises ``TypeError`` only when ``path`` or
    ``line`` are not a string and an int (a programming error, not a gazetteer problem).
    """
    if not isinstance(path, str):
        raise TypeError(f"validate_record: path must be a string, got {type(path).__name__}")
    if line is not None and (not isinstance(line, int) or isinstance(line, bool)):
        raise TypeError(f"validate_record: line must be an int or None, got {line!r}")
    c = _Checker(path, line, lines)
    if not isinstance(raw, (dict, Mapping)):  # dict first: the ABC check is slow
        c.add(None, f"a record must be a mapping of keys to values, got {describe_value(raw)}")
        return None, c.problems
    rid = raw.get("id")
    if isinstance(rid, str) and rid.strip() and not _FORBIDDEN.search(rid):
        c.record_id = rid.strip()

    c.unknown_keys("", raw, RECORD_KEYS)
    for key in REQUIRED_KEYS:
        if key not in raw:
            c.add(key, f"missing required key '{key}'")
    record_id = _check_id(c, raw)
    entity_type = _check_type(c, raw)
    names = _check_name(c, raw)
    aliases = _check_aliases(c, raw, names)
    xref = _check_xref(c, raw)
    source = c.text("source", raw["source"]) if "source" in raw else None
    note = c.text("note", raw["note"]) if "note" in raw else None

    if c.problems or record_id is None or entity_type is None or not names:
        return None, c.problems
    record = Record(
        id=record_id,
        type=entity_type,
        name_en=names.get("en"),
        name_ar=names.get("ar"),
        aliases_en=aliases.get("en", ()),
        aliases_ar=aliases.get("ar", ()),
        name_fr=names.get("fr"),
        aliases_fr=aliases.get("fr", ()),
        xref=xref,
        source=source,
        note=note,
        origin=Origin(path, line),
    )
    return record, []
