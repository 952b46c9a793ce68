"""Summarise the wrong answers written by ``run_eval --errors FILE`` into error categories.

Usage::

    .venv/bin/python -m benchmarks.eval.error_report errors.tsv [--examples 3]

Each wrong top-1 answer gets every category that applies (so counts overlap); categories are
computed from the strings alone with the same crude consonant skeletons the set builder uses,
so they are pointers for reading the examples, not diagnoses.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval.textkeys import (  # noqa: E402
    content_tokens,
    has_arabic,
    latin_skeleton,
    skeleton_similar,
)

_TITLES = frozenset({"dr", "doctor", "sheikh", "shaykh", "hajj", "haj", "qari", "mullah", "maulvi"})


def _sk(text: str) -> list[str]:
    return [s for s in (latin_skeleton(t) for t in content_tokens(text)) if s]


def categories(row: dict[str, str]) -> list[str]:
    """Every category that applies to one wrong answer."""
    q, gold, pred = row["query"], row["gold_name"], row["pred_name"]
    out = [f"method={row['method'] or 'none'}"]
    if not row["pred_id"]:
        return [*out, "no candidate at all"]
    qs = _sk(q)
    if row["kind"] == "gaddafi-surname" or len(q.split()) == 1:
        out.append("one-word query")
    if ", " in q:
        out.append("query in 'SURNAME, Given' order")
    if _TITLES & {t.strip(".").casefold() for t in q.split()}:
        out.append("title/honorific in query")
    if not has_arabic(pred) and qs and sorted(qs) == sorted(_sk(pred)):
        out.append("prediction sounds the same as the query (ambiguous)")
    if not has_arabic(gold):
        gs = _sk(gold)
        shared = [t for t in qs if any(skeleton_similar(t, g) for g in gs)]
        if qs and not shared:
            out.append("no sound-alike word shared with gold (other name/exonym)")
        elif len(qs) < len(gs):
            out.append("query has fewer name parts than gold")
        elif len(qs) > len(gs):
            out.append("query has more name parts than gold")
    if row["method"] == "cross-script" and not has_arabic(q):
        out.append("won through the candidate's Arabic name")
    pid = row["pred_id"]
    out.append(
        "prediction is a distractor"
        if pid.startswith(("syn:", "dis:"))
        else "prediction is a real entity"
    )
    rank = row["gold_rank"]
    out.append("gold not in top 5" if rank == "-1" else f"gold at rank {rank}")
    score = float(row["score"] or 0)
    out.append("wrong answer scored >= 0.9" if score >= 0.9 else "wrong answer scored < 0.9")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("errors", type=Path)
    parser.add_argument("--examples", type=int, default=3)
    args = parser.parse_args(argv)
    with args.errors.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        family = "towns" if row["set"].startswith("towns") else "persons"
        for cat in categories(row):
            groups[(family, cat)].append(row)
    print(f"{len(rows)} wrong top-1 answers\n")
    print("| family | category | n | examples (query -> predicted; gold) |\n|---|---|---:|---|")
    for (family, cat), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        ex = "; ".join(
            f"{r['query']} -> {r['pred_name'] or '-'} ({r['score']}); {r['gold_name']}"
            for r in items[: args.examples]
        )
        print(f"| {family} | {cat} | {len(items)} | {ex} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
