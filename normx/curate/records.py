"""Building and merging record dicts in the contract's file form.

Importers return plain dicts (the form written to YAML) rather than :class:`Record` objects so
that key order, and therefore the generated files, are stable and reviewable in diffs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from normx.curate.names import clean, is_arabic, is_latin, unique

RecordDict = dict[str, Any]


def make_record(
    rid: str,
    etype: str,
    *,
    en: str | None = None,
    ar: str | None = None,
    aliases_en: Iterable[str] = (),
    aliases_ar: Iterable[str] = (),
    xref: Mapping[str, str] | None = None,
    source: str | None = None,
    note: str | None = None,
    fr: str | None = None,
) -> RecordDict:
    """A record dict with keys in contract order, empty parts omitted, aliases deduplicated.

    Aliases equal to the canonical name (case-insensitively) are dropped, and every value is
    checked for script: an English value with Arabic letters or an Arabic value with Latin letters
    is a bug in the importer, so it raises rather than writing a file the loader rejects.
    """
    en = clean(en) or None
    ar = clean(ar) or None
    if en is not None and not is_latin(en):
        raise ValueError(f"{rid}: en name {en!r} is not Latin script")
    if ar is not None and not is_arabic(ar):
        raise ValueError(f"{rid}: ar name {ar!r} is not Arabic script")
    if en is None and ar is None:
        raise ValueError(f"{rid}: record needs an en or an ar name")
    al_en = unique(aliases_en, exclude=[en] if en else [])
    al_ar = unique(aliases_ar, exclude=[ar] if ar else [])
    for value in al_en:
        if not is_latin(value):
            raise ValueError(f"{rid}: en alias {value!r} is not Latin script")
    for value in al_ar:
        if not is_arabic(value):
            raise ValueError(f"{rid}: ar alias {value!r} is not Arabic script")
    rec: RecordDict = {"id": rid, "type": etype}
    fr = clean(fr) or None
    if fr is not None and not is_latin(fr):
        raise ValueError(f"{rid}: fr name {fr!r} is not Latin script")
    rec["name"] = {k: v for k, v in (("en", en), ("ar", ar), ("fr", fr)) if v}
    aliases = {k: v for k, v in (("en", al_en), ("ar", al_ar)) if v}
    if aliases:
        rec["aliases"] = aliases
    if xref:
        rec["xref"] = {k: str(xref[k]) for k in sorted(xref) if xref[k]}
    if source:
        rec["source"] = source
    if note:
        rec["note"] = note
    return rec


def merge_into(primary: RecordDict, other: RecordDict, *, source_sep: str = "; ") -> RecordDict:
    """``primary`` with ``other``'s names added as aliases, its xrefs and source appended.

    Used when two source rows describe one entity (the same person on the UN and OFAC lists, two
    OSM nodes for one town). ``primary`` keeps its canonical names and id.
    """
    name = primary["name"]
    other_name = other["name"]
    aliases = primary.get("aliases", {})
    other_aliases = other.get("aliases", {})
    en = [
        *list(aliases.get("en", [])),
        other_name.get("en", ""),
        *list(other_aliases.get("en", [])),
    ]
    ar = [
        *list(aliases.get("ar", [])),
        other_name.get("ar", ""),
        *list(other_aliases.get("ar", [])),
    ]
    ar_name = name.get("ar") or other_name.get("ar")
    en_name = name.get("en") or other_name.get("en")
    xref = dict(other.get("xref", {}))
    xref.update(primary.get("xref", {}))
    sources = [s for s in (primary.get("source"), other.get("source")) if s]
    notes = [n for n in (primary.get("note"), other.get("note")) if n]
    return make_record(
        primary["id"],
        primary["type"],
        en=en_name,
        ar=ar_name,
        aliases_en=[a for a in en if a],
        aliases_ar=[a for a in ar if a],
        xref=xref or None,
        source=source_sep.join(sources) or None,
        note="; ".join(notes) or None,
    )


def sort_records(records: Iterable[RecordDict]) -> list[RecordDict]:
    """Records sorted by id, the order every generated file uses."""
    return sorted(records, key=lambda r: r["id"])
