"""How often normx links a name whose entity is NOT in the gazetteer (the precision side).

The accuracy sets only hold names whose entity is in the gazetteer, so they reward a matcher
that always answers. Here each set's gazetteer loses the entities of a seeded sample of its
queries, and those queries are asked again: any candidate at or above the default threshold is
a false accept (in running text, a wrong link). Printed per set: the false-accept rate, and the
top-1 accuracy at the default threshold of the other queries on the same reduced gazetteer, so
a change that lowers one at the cost of the other shows both.

Usage::

    .venv/bin/python -m benchmarks.eval.false_accepts [--sample 300] [--sets a,b] [--backtranslate]

With ``--backtranslate`` normx also matches through back-transliteration (the mt extra), which
finds more names across scripts and so may also accept more absent ones.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval.setio import WORK_DIR  # noqa: E402
from normx.api import Normalizer  # noqa: E402

DEFAULT_SETS = ("persons-latin", "persons-xscript", "towns-libya", "towns-xscript")


def _queries(folder: Path) -> list[tuple[str, str]]:
    out = []
    for line in (folder / "queries.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            out.append((parts[0], parts[1]))
    return out


def _reduced_gazetteer(folder: Path, drop: set[str], out: Path) -> Path:
    with (folder / "gazetteer.jsonl").open(encoding="utf-8") as src, out.open("w") as dst:
        for line in src:
            if json.loads(line)["id"] not in drop:
                dst.write(line)
    return out


def measure(
    folder: Path,
    sample: int,
    seed: int = 7,
    *,
    backtranslate: bool = False,
    threads: int | None = None,
) -> dict[str, float]:
    """False-accept rate of held-out entities' names, and kept queries' top-1 at threshold
    (*backtranslate*: with normx's back-transliteration, the shipped model)."""
    queries = _queries(folder)
    golds = sorted({g for _, g in queries})
    rng = random.Random(seed)
    dropped = set(rng.sample(golds, min(len(golds) // 2, sample)))
    with tempfile.TemporaryDirectory() as tmp:
        path = _reduced_gazetteer(folder, dropped, Path(tmp) / "gazetteer.jsonl")
        # inherit=False: the shipped gazetteers come from the same public lists as this
        # gazetteer; inheriting their aliases would hand the matcher the answers
        nz = Normalizer.load(gazetteers=[path], defaults=False, inherit=False)
        if backtranslate:
            nz.use_backtranslation(None, threads=threads)
    absent = [q for q, g in queries if g in dropped]
    present = [(q, g) for q, g in queries if g not in dropped]
    present = rng.sample(present, min(len(present), len(absent)))
    accepted = sum(1 for cands in nz.match_many(absent, top=1) if cands)
    answers = nz.match_many([q for q, _ in present], top=1)
    right = sum(
        1 for (_, g), cands in zip(present, answers, strict=True) if cands and cands[0].id == g
    )
    return {
        "absent": len(absent),
        "false_accept": accepted / max(1, len(absent)),
        "present": len(present),
        "top1_at_threshold": right / max(1, len(present)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sample", type=int, default=300, help="entities held out per set")
    parser.add_argument("--sets", default=",".join(DEFAULT_SETS))
    parser.add_argument(
        "--backtranslate", action="store_true", help="with back-transliteration (mt extra)"
    )
    parser.add_argument(
        "--mt-threads", type=int, default=None, help="torch threads (1 on a shared machine)"
    )
    args = parser.parse_args(argv)
    print("| set | held-out queries | false accept | kept queries | top-1@def |")
    print("|---|---:|---:|---:|---:|")
    for name in args.sets.split(","):
        folder = WORK_DIR / name
        if not (folder / "queries.tsv").exists():
            print(f"{name}: missing; run `python -m benchmarks.eval.build_sets` first")
            continue
        r = measure(folder, args.sample, backtranslate=args.backtranslate, threads=args.mt_threads)
        print(
            f"| {name} | {r['absent']} | {100 * r['false_accept']:.1f} | {r['present']} | "
            f"{100 * r['top1_at_threshold']:.1f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
