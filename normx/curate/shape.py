"""A stand-alone check of record dicts against the gazetteer contract.

The curation build runs it on every generated and curated file before writing, so a bad record
is caught where it is made; ``normx gazetteer check`` (the loader's validator) is the final word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from normx.curate.names import is_arabic, is_latin
from normx.gazetteer.schema import ENTITY_TYPES, NAME_LANGS, RECORD_KEYS

ID_PATTERN = re.compile(r"^(per|org|loc):[a-z0-9]+(?:-[a-z0-9]+)*$")
_PREFIX = {"PER": "per", "ORG": "org", "LOC": "loc"}


def _names(value: Any, field: str, rid: str, lists: bool) -> list[str]:
    problems: list[str] = []
    if not isinstance(value, dict):
        return [f"{rid}: {field}: expected a mapping of en/ar (and fr)"]
    for lang, v in value.items():
        if lang not in NAME_LANGS:
            problems.append(f"{rid}: {field}: unknown language {lang!r}")
            continue
        items = v if lists else [v]
        if lists and not isinstance(v, list):
            problems.append(f"{rid}: {field}.{lang}: expected a list")
            continue
        for item in items:
            if not isinstance(item, str) or not item.strip():
                problems.append(f"{rid}: {field}.{lang}: empty or not a string: {item!r}")
            elif lang == "ar" and not is_arabic(item):
                problems.append(f"{rid}: {field}.ar: not Arabic script: {item!r}")
            elif lang in ("en", "fr") and not is_latin(item):
                problems.append(f"{rid}: {field}.{lang}: not Latin script: {item!r}")
    return problems


def record_problems(rec: Any) -> list[str]:
    """Every way one record dict breaks the contract (``[]`` if none)."""
    if not isinstance(rec, dict):
        return [f"-: record is not a mapping: {rec!r}"]
    rid = str(rec.get("id", "-"))
    problems = [f"{rid}: unknown key {k!r}" for k in rec if k not in RECORD_KEYS]
    if not isinstance(rec.get("id"), str) or not ID_PATTERN.match(rec["id"]):
        problems.append(f"{rid}: id: not a typed ASCII slug id")
    etype = rec.get("type")
    if etype not in ENTITY_TYPES:
        problems.append(f"{rid}: type: {etype!r} is not one of {ENTITY_TYPES}")
    elif isinstance(rec.get("id"), str) and not rec["id"].startswith(_PREFIX[etype] + ":"):
        problems.append(f"{rid}: id prefix does not match type {etype}")
    name = rec.get("name")
    if not isinstance(name, dict) or not (name.get("en") or name.get("ar")):
        problems.append(f"{rid}: name: needs en or ar")
    else:
        problems += _names(name, "name", rid, lists=False)
    if "aliases" in rec:
        problems += _names(rec["aliases"], "aliases", rid, lists=True)
    xref = rec.get("xref", {})
    if not isinstance(xref, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in xref.items()
    ):
        problems.append(f"{rid}: xref: expected a mapping of strings")
    for key in ("source", "note"):
        if key in rec and not isinstance(rec[key], str):
            problems.append(f"{rid}: {key}: expected a string")
    return problems


def collection_problems(files: Iterable[tuple[str, list[Any]]]) -> list[str]:
    """Contract problems of every record, plus ids and Wikidata QIDs used more than once."""
    problems: list[str] = []
    seen_ids: dict[str, str] = {}
    seen_qids: dict[str, str] = {}
    for path, records in files:
        for rec in records:
            problems += [f"{path}: {p}" for p in record_problems(rec)]
            if not isinstance(rec, dict):
                continue
            rid = rec.get("id")
            if isinstance(rid, str):
                if rid in seen_ids:
                    problems.append(f"{path}: {rid}: duplicate id (also in {seen_ids[rid]})")
                seen_ids[rid] = path
            qid = rec.get("xref", {}).get("wikidata") if isinstance(rec.get("xref"), dict) else None
            if qid:
                if qid in seen_qids:
                    problems.append(f"{path}: {rid}: wikidata {qid} also on {seen_qids[qid]}")
                seen_qids[qid] = str(rid)
    return problems
