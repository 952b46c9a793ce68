"""An evaluation set in memory and on disk, and the held-out rules every set must obey.

On disk a set is a folder with ``gazetteer.jsonl`` (one record per line, the normx record
contract), ``queries.tsv`` (``query<TAB>gold_id<TAB>kind``, no header; ``kind`` says where the
query spelling came from and may be absent in hand-made sets) and ``stats.json`` (counts, and
how many candidate queries each held-out rule dropped).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.eval.textkeys import clean, fold

SET_NAMES = (
    "persons-latin",
    "persons-xscript",
    "gaddafi",
    "towns-libya",
    "towns-arab",
    "towns-xscript",
    "persons-fr",
    "persons-fr-xscript",
)
"""Every evaluation set, in report order."""
WORK_DIR = Path(__file__).resolve().parent / "work"
"""Where the sets are built (git-ignored: derived from data that may not be redistributed)."""


@dataclass(frozen=True)
class Query:
    """One query spelling, the id of the entity it names, and where the spelling came from."""

    text: str
    gold: str
    kind: str = ""


@dataclass
class EvalSet:
    """Gazetteer records (contract dicts) and queries with their gold ids."""

    name: str
    records: list[dict[str, Any]]
    queries: list[Query]
    stats: dict[str, Any] = field(default_factory=dict)


def record(
    rid: str, etype: str, en: str | None, ar: str | None, source: str, **xref: str
) -> dict[str, Any]:
    """A gazetteer record in file form; empty names are left out, names cleaned."""
    name = {k: clean(v) for k, v in (("en", en), ("ar", ar)) if v and clean(v)}
    out: dict[str, Any] = {"id": rid, "type": etype, "name": name, "source": source}
    xref = {k: v for k, v in xref.items() if v}
    if xref:
        out["xref"] = xref
    return out


def record_names(rec: dict[str, Any]) -> list[str]:
    """Every name string a record carries (canonical and aliases, both languages)."""
    names = [v for v in rec.get("name", {}).values() if v]
    for values in rec.get("aliases", {}).values():
        names.extend(values)
    return names


def spelling_key(text: str) -> str:
    """A spelling with case, accents, spaces and punctuation ignored (Al Mazidih = al-Mazidih)."""
    return "".join(c for c in fold(text) if c.isalnum())


def hold_out(name: str, records: list[dict[str, Any]], queries: Iterable[Query]) -> EvalSet:
    """Apply the held-out rules and return the finished set.

    A candidate query is dropped when (1) its gold id is not in the gazetteer, (2) its spelling
    equals a name in the gazetteer with case, accents, spaces and punctuation ignored
    (``spelling_key``: the spelling would be *in* the gazetteer), (3) the same case/accent-folded
    spelling is claimed by two different gold ids (ambiguous by construction), or (4) it repeats
    an earlier (folded spelling, gold) pair.  "Mu'ammar" and "Muammar" stay two queries.
    """
    ids = [r["id"] for r in records]
    dup_ids = [i for i, n in Counter(ids).items() if n > 1]
    if dup_ids:
        raise ValueError(f"{name}: duplicate record ids {dup_ids[:5]}")
    known = set(ids)
    in_gaz = {spelling_key(n) for r in records for n in record_names(r)}
    queries = list(queries)
    golds_of: dict[str, set[str]] = {}
    for q in queries:
        golds_of.setdefault(fold(q.text), set()).add(q.gold)
    dropped: Counter[str] = Counter()
    kept: list[Query] = []
    seen: set[tuple[str, str]] = set()
    for q in queries:
        key = fold(q.text)
        if q.gold not in known:
            dropped["gold not in gazetteer"] += 1
        elif spelling_key(q.text) in in_gaz:
            dropped["spelling in gazetteer"] += 1
        elif len(golds_of[key]) > 1:
            dropped["ambiguous gold"] += 1
        elif (key, q.gold) in seen:
            dropped["duplicate"] += 1
        else:
            seen.add((key, q.gold))
            kept.append(q)
    stats = {
        "records": len(records),
        "queries": len(kept),
        "gold_entities": len({q.gold for q in kept}),
        "query_kinds": dict(sorted(Counter(q.kind for q in kept).items())),
        "dropped_queries": dict(sorted(dropped.items())),
    }
    return EvalSet(name, records, kept, stats)


def write_set(es: EvalSet, root: Path) -> Path:
    """Write one set under ``root/<name>/`` and return that folder."""
    folder = root / es.name
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "gazetteer.jsonl").open("w", encoding="utf-8") as fh:
        for rec in es.records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with (folder / "queries.tsv").open("w", encoding="utf-8") as fh:
        for q in es.queries:
            fh.write(f"{clean(q.text)}\t{q.gold}\t{q.kind}\n")
    (folder / "stats.json").write_text(
        json.dumps(es.stats, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return folder


def read_gazetteer(path: Path) -> list[dict[str, Any]]:
    """Records of a JSONL gazetteer file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def read_queries(path: Path) -> list[Query]:
    """Queries of a ``queries.tsv`` file (the kind column is optional)."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[0]:
                out.append(Query(parts[0], parts[1], parts[2] if len(parts) > 2 else ""))
    return out
