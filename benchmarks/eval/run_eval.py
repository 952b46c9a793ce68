"""Evaluate normx and plain rapidfuzz baselines on the sets made by ``build_sets``.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.eval.run_eval [--sets a,b] [--limit N] [--jobs J]
        [--methods normx,ratio,wratio] [--errors errors.tsv] [--by-kind] [--by-country]
        [--backtranslate [--mt-model DIR]]

For each set and method it prints n, top-1 and top-5 accuracy (counted per entity: the gold id
among the first 1 / 5 distinct entities), the "no answer" rate (no candidate at all) and the
time per query.  ``--by-country`` adds, for the person sets, the same figures for the gold
persons the sanctions lists show to be Libyan and for the rest (``countries.py``; tags read
from the set's ``countries.json``, or computed from ``--data`` when the set has none).
``--backtranslate`` turns on normx's back-transliteration (the ``mt`` extra;
``--mt-model DIR`` for another model than the shipped one).  normx is asked with
``min_score=0.0`` (its best candidates whatever their score); "top-1@def" is top-1 accuracy at
normx's default threshold, where a query left without an answer counts as wrong, and "no
ans@def" the share of queries it left without an answer.
ms/query is wall time per query of one pass (normx: the min_score=0 pass; with --jobs > 1 it is
wall time x jobs, an estimate of single-core cost); gazetteer loading is not included.

The baselines are what the issue calls "plain rapidfuzz": ``process.extract`` with
``fuzz.ratio`` or ``fuzz.WRatio`` over every name of the gazetteer, case-folded; a record with
no Latin name is represented by ``unidecode`` of its Arabic names (the cross-script baseline).
Its top-1 is exactly ``process.extractOne``'s answer.

Results also go to ``benchmarks/eval/work/results.json``; ``--errors FILE`` writes normx's wrong
top-1 answers as TSV (set, kind, query, gold id/name, predicted id/name, score, method, matched,
rank of the gold among the top 5 or -1) for error analysis.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz, process  # noqa: E402
from unidecode import unidecode  # noqa: E402

from benchmarks.eval import countries  # noqa: E402
from benchmarks.eval.setio import (  # noqa: E402
    SET_NAMES,
    WORK_DIR,
    Query,
    read_gazetteer,
    read_queries,
)

WORK = WORK_DIR
SET_ORDER = SET_NAMES
METHODS = ("normx", "ratio", "wratio")
SCORERS: dict[str, Callable[..., float]] = {"ratio": fuzz.ratio, "wratio": fuzz.WRatio}


@dataclass(frozen=True)
class Answer:
    """The ranked distinct entity ids for one query, with what the best one matched."""

    ids: tuple[str, ...]
    score: float = 0.0
    matched: str = ""
    method: str = ""
    ids_default: tuple[str, ...] | None = None  # normx at its default threshold


@dataclass
class Result:
    set: str
    method: str
    n: int
    top1: float
    top5: float
    no_answer: float
    ms_per_query: float
    top1_default: float | None = None
    no_answer_default: float | None = None
    by_kind: dict[str, dict[str, float]] = field(default_factory=dict)
    by_country: dict[str, dict[str, float]] = field(default_factory=dict)
    by_country_kind: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)


# --- baselines ------------------------------------------------------------------------------
def baseline_names(records: Sequence[dict[str, Any]]) -> tuple[list[str], list[str]]:
    """(folded names, owner ids): Latin names, or unidecode of the Arabic ones when none."""
    names, owners = [], []
    for rec in records:
        latin = [rec.get("name", {}).get("en"), *rec.get("aliases", {}).get("en", [])]
        latin = [x for x in latin if x]
        if not latin:
            arabic = [rec.get("name", {}).get("ar"), *rec.get("aliases", {}).get("ar", [])]
            latin = [unidecode(x) for x in arabic if x]
        for name in latin:
            names.append(name.casefold())
            owners.append(rec["id"])
    return names, owners


_STATE: dict[str, Any] = {}  # per-process state, filled before forking workers


def _baseline_chunk(queries: list[str]) -> list[Answer]:
    names, owners, scorer = _STATE["names"], _STATE["owners"], _STATE["scorer"]
    out = []
    for q in queries:
        hits = process.extract(q.casefold(), names, scorer=scorer, limit=50)
        ids: list[str] = []
        for _, _, idx in hits:
            if owners[idx] not in ids:
                ids.append(owners[idx])
            if len(ids) == 5:
                break
        best = hits[0] if hits else None
        out.append(
            Answer(tuple(ids), best[1] / 100 if best else 0.0, best[0] if best else "", "rf")
        )
    return out


def _normx_chunk(queries: list[str]) -> list[Answer]:
    nz = _STATE["normalizer"]
    t0 = time.perf_counter()
    loose = nz.match_many(queries, top=5, min_score=0.0)
    _STATE["timed"] = _STATE.get("timed", 0.0) + time.perf_counter() - t0
    strict = nz.match_many(queries, top=5)
    out = []
    for cands, dflt in zip(loose, strict, strict=True):
        ids = tuple(dict.fromkeys(c.id for c in cands))[:5]
        best = cands[0] if cands else None
        out.append(
            Answer(
                ids,
                best.score if best else 0.0,
                best.matched if best else "",
                best.method if best else "",
                tuple(dict.fromkeys(c.id for c in dflt))[:5],
            )
        )
    return out


def _run_parallel(
    fn: Callable[[list[str]], list[Answer]], queries: list[str], jobs: int
) -> list[Answer]:
    if jobs <= 1 or len(queries) < 50:
        return fn(queries)
    size = max(1, len(queries) // (jobs * 4))
    chunks = [queries[i : i + size] for i in range(0, len(queries), size)]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        parts = pool.map(fn, chunks)
    return [a for part in parts for a in part]


def answer(
    method: str,
    gazetteer: Path,
    records: list[dict[str, Any]],
    queries: list[str],
    jobs: int,
    mt_model: str | None = None,
) -> tuple[list[Answer], float]:
    """Answers of one method for every query, and seconds spent answering (load excluded).

    *mt_model* ("" for the shipped model, None for none) turns on normx's back-translation.
    """
    if method == "normx":
        from normx.api import Normalizer

        # inherit=False: the shipped gazetteers come from the same public lists as this
        # gazetteer; inheriting their aliases would hand the matcher the answers
        nz = Normalizer.load(gazetteers=[gazetteer], defaults=False, inherit=False)
        if mt_model is not None:
            nz.use_backtranslation(mt_model or None)
        _STATE["normalizer"] = nz
        fn: Callable[[list[str]], list[Answer]] = _normx_chunk
    else:
        _STATE["names"], _STATE["owners"] = baseline_names(records)
        _STATE["scorer"] = SCORERS[method]
        fn = _baseline_chunk
    _STATE["timed"] = 0.0
    t0 = time.perf_counter()
    out = _run_parallel(fn, queries, jobs)
    seconds = time.perf_counter() - t0
    if method == "normx" and jobs <= 1:
        seconds = _STATE["timed"]  # the min_score=0 pass only, not the default-threshold pass
    return out, seconds


# --- scoring -----------------------------------------------------------------------------------
def score(
    set_name: str,
    method: str,
    queries: list[Query],
    answers: list[Answer],
    seconds: float,
    jobs: int,
    groups_of: Callable[[str], tuple[str, ...]] | None = None,
) -> Result:
    """Accuracy figures of one method on one set, overall and per query kind.

    ``groups_of`` (gold id -> the report groups it counts in, ``countries.groups_of``) adds the
    same figures per group of gold entities, e.g. the Libyan persons and the rest.
    """
    n = len(queries)

    def rates(pairs: list[tuple[Query, Answer]]) -> dict[str, float]:
        m = len(pairs) or 1
        out = {
            "n": len(pairs),
            "top1": sum(1 for q, a in pairs if a.ids[:1] == (q.gold,)) / m,
            "top5": sum(1 for q, a in pairs if q.gold in a.ids[:5]) / m,
            "no_answer": sum(1 for _, a in pairs if not a.ids) / m,
        }
        if any(a.ids_default is not None for _, a in pairs):
            out["top1_default"] = (
                sum(1 for q, a in pairs if (a.ids_default or ())[:1] == (q.gold,)) / m
            )
            out["no_answer_default"] = sum(1 for _, a in pairs if not a.ids_default) / m
        return out

    def entity_rates(pairs: list[tuple[Query, Answer]]) -> dict[str, float]:
        return {**rates(pairs), "entities": len({q.gold for q, _ in pairs})}

    pairs = list(zip(queries, answers, strict=True))
    overall = rates(pairs)
    grouped: dict[str, list[tuple[Query, Answer]]] = defaultdict(list)
    for q, a in pairs:
        grouped[q.kind or "-"].append((q, a))
    by_group: dict[str, list[tuple[Query, Answer]]] = defaultdict(list)
    if groups_of is not None:
        for q, a in pairs:
            for group in groups_of(q.gold):
                by_group[group].append((q, a))
                if group == countries.LIBYA and len(q.text.split()) >= 2:
                    by_group[countries.LIBYA_FULL_NAMES].append((q, a))
    order = {g: i for i, g in enumerate(countries.GROUPS)}
    group_names = sorted(by_group, key=lambda g: (order.get(g, len(order)), g))
    by_group_kind: dict[str, dict[str, list[tuple[Query, Answer]]]] = {}
    for group in group_names:
        kinds: dict[str, list[tuple[Query, Answer]]] = defaultdict(list)
        for q, a in by_group[group]:
            kinds[q.kind or "-"].append((q, a))
        by_group_kind[group] = dict(sorted(kinds.items()))
    return Result(
        set=set_name,
        method=method,
        n=n,
        top1=overall["top1"],
        top5=overall["top5"],
        no_answer=overall["no_answer"],
        ms_per_query=1000 * seconds * max(1, jobs) / max(1, n),
        top1_default=overall.get("top1_default"),
        no_answer_default=overall.get("no_answer_default"),
        by_kind={k: rates(v) for k, v in sorted(grouped.items())},
        by_country={g: entity_rates(by_group[g]) for g in group_names},
        by_country_kind={
            g: {k: entity_rates(v) for k, v in kinds.items()} for g, kinds in by_group_kind.items()
        },
    )


def write_errors(
    path: Path,
    set_name: str,
    records: list[dict[str, Any]],
    queries: list[Query],
    answers: list[Answer],
    append: bool,
) -> int:
    """Append normx's wrong top-1 answers to a TSV file; returns how many were written."""
    by_id = {r["id"]: r for r in records}

    def label(rid: str) -> str:
        name = by_id.get(rid, {}).get("name", {})
        return name.get("en") or name.get("ar") or rid

    rows = 0
    with path.open("a" if append else "w", encoding="utf-8") as fh:
        if not append:
            fh.write(
                "set\tkind\tquery\tgold_id\tgold_name\tpred_id\tpred_name\tscore\tmethod\tmatched\tgold_rank\n"
            )
        for q, a in zip(queries, answers, strict=True):
            if a.ids[:1] == (q.gold,):
                continue
            pred = a.ids[0] if a.ids else ""
            rank = a.ids.index(q.gold) + 1 if q.gold in a.ids else -1
            fh.write(
                f"{set_name}\t{q.kind}\t{q.text}\t{q.gold}\t{label(q.gold)}\t{pred}\t"
                f"{label(pred) if pred else ''}\t{a.score:.3f}\t{a.method}\t{a.matched}\t{rank}\n"
            )
            rows += 1
    return rows


def pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}"


def markdown(results: list[Result], by_kind: bool) -> str:
    """The results as a markdown table (and per-kind and per-country tables when present)."""
    lines = [
        "| set | method | n | top-1 | top-5 | no answer | top-1@def | no ans@def | ms/query |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in results:
        lines.append(
            f"| {r.set} | {r.method} | {r.n} | {pct(r.top1)} | {pct(r.top5)} | "
            f"{pct(r.no_answer)} | {pct(r.top1_default)} | {pct(r.no_answer_default)} | "
            f"{r.ms_per_query:.2f} |"
        )
    if by_kind:
        lines += ["", "| set | method | kind | n | top-1 | top-5 |", "|---|---|---|---:|---:|---:|"]
        for r in results:
            for kind, k in r.by_kind.items():
                lines.append(
                    f"| {r.set} | {r.method} | {kind} | {int(k['n'])} | "
                    f"{pct(k['top1'])} | {pct(k['top5'])} |"
                )
    if any(r.by_country for r in results):
        lines += [
            "",
            "| set | method | gold group | n | entities | top-1 | top-5 | top-1@def |",
            "|---|---|---|---:|---:|---:|---:|---:|",
        ]
        for r in results:
            for group, g in r.by_country.items():
                lines.append(
                    f"| {r.set} | {r.method} | {group} | {int(g['n'])} | {int(g['entities'])} | "
                    f"{pct(g['top1'])} | {pct(g['top5'])} | {pct(g.get('top1_default'))} |"
                )
    if by_kind and any(r.by_country_kind for r in results):
        lines += [
            "",
            "| set | method | gold group | kind | n | top-1 | top-1@def |",
            "|---|---|---|---|---:|---:|---:|",
        ]
        for r in results:
            for group, kinds in r.by_country_kind.items():
                for kind, k in kinds.items():
                    lines.append(
                        f"| {r.set} | {r.method} | {group} | {kind} | {int(k['n'])} | "
                        f"{pct(k['top1'])} | {pct(k.get('top1_default'))} |"
                    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=WORK, help="folder holding the built sets")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all built)")
    parser.add_argument("--methods", default=",".join(METHODS), help="normx,ratio,wratio")
    parser.add_argument(
        "--limit", type=int, default=0, help="evaluate a seeded sample of N queries"
    )
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--errors", type=Path, help="TSV file for normx's wrong top-1 answers")
    parser.add_argument("--by-kind", action="store_true", help="also print accuracy per query kind")
    parser.add_argument(
        "--by-country",
        action="store_true",
        help="person sets: also accuracy for the Libyan gold persons and the rest (countries.py)",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=REPO.parent / "shared" / "data",
        help="source data, for --by-country on sets built without countries.json",
    )
    parser.add_argument("--results", type=Path, default=None, help="JSON output path")
    parser.add_argument(
        "--backtranslate", action="store_true", help="normx with back-transliteration (mt extra)"
    )
    parser.add_argument(
        "--mt-model", default=None, help="model directory (implies --backtranslate)"
    )
    args = parser.parse_args(argv)
    mt_model = args.mt_model if args.mt_model else ("" if args.backtranslate else None)

    built = [s for s in SET_ORDER if (args.work / s / "queries.tsv").exists()]
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()] or built
    missing = [s for s in wanted if s not in built]
    if missing:
        parser.error(
            f"set(s) not built: {missing}; run benchmarks/eval/build_sets.py first (built: {built})"
        )
    methods = [m.strip() for m in args.methods.split(",") if m.strip()]
    bad = [m for m in methods if m not in METHODS]
    if bad:
        parser.error(f"unknown method(s) {bad}; known: {', '.join(METHODS)}")

    results: list[Result] = []
    errors_written = False
    for set_name in wanted:
        folder = args.work / set_name
        records = read_gazetteer(folder / "gazetteer.jsonl")
        queries = read_queries(folder / "queries.tsv")
        if args.limit and args.limit < len(queries):  # a seeded sample across all kinds
            keep = set(random.Random(0).sample(range(len(queries)), args.limit))
            queries = [q for i, q in enumerate(queries) if i in keep]
        texts = [q.text for q in queries]
        groups_of = None
        if args.by_country and set_name in countries.PERSON_SETS:
            tags = countries.tags_for_set(folder, args.data)
            groups_of = partial(countries.groups_of, tags=tags)
        for method in methods:
            answers, seconds = answer(
                method, folder / "gazetteer.jsonl", records, texts, args.jobs, mt_model
            )
            res = score(set_name, method, queries, answers, seconds, args.jobs, groups_of)
            results.append(res)
            print(
                f"{set_name:16} {method:7} n={res.n:5d} "
                f"top-1={pct(res.top1):>5} top-5={pct(res.top5):>5}",
                flush=True,
            )
            for group, g in res.by_country.items():
                print(
                    f"{'':16} {'':7} {group:17} n={int(g['n']):5d} "
                    f"entities={int(g['entities']):4d} top-1={pct(g['top1']):>5} "
                    f"top-1@def={pct(g.get('top1_default')):>5}",
                    flush=True,
                )
            if method == "normx" and args.errors:
                write_errors(args.errors, set_name, records, queries, answers, errors_written)
                errors_written = True
    print()
    print(markdown(results, args.by_kind))
    out = args.results or (args.work / "results.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"limit": args.limit, "mt_model": mt_model, "results": [asdict(r) for r in results]}
    out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
