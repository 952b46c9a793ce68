"""Where the indexed matcher's top-1 misses what scoring every name finds, and which cut of the
candidate search loses it.

Usage (from the repository root)::

    PYTHONHASHSEED=0 .venv/bin/python -m benchmarks.index_gap --work DIR --sets a,b [--out F.tsv]
        [--brute N]

For every query of each set, normx (``Normalizer.match_many``, top 5, as ``run_eval`` asks:
``min_score=0`` and the default threshold) answers once with the default matcher and once with
``Matcher(index, complete=True)``, whose bounds are true bounds: it returns what
:class:`~normx.match.matcher.BruteForceMatcher` returns (``tests/match/test_true_bounds.py``),
at a fraction of its cost (brute force scores all ~76k names of a 40,000-record set per query,
~1.6 s). ``--brute N`` checks that claim on the first N differing queries of each set.

Each query where the two top-1 answers differ is asked again with one cut of the default
search lifted at a time, and classified by the first that gives the complete answer:

* ``neighbour``: a token with :data:`~normx.match.matcher.FEW_POSTINGS` names or more through
  its own key skips the forms one key deletion away (Amadar MTR never meets Hamdar HMTR);
* ``common``: a token above :data:`~normx.match.matcher.COMMON_POSTINGS` names only lifts the
  names already found;
* ``pool``: at most :data:`~normx.match.matcher.PREFILTER` names are scored, best bound first
  (a bound that misses a neighbour form ranks the right name among thousands of ties);
* ``bound``: the walk stops at a bound below the floor (the ranker's top-th score or the
  threshold) while the bound is no bound: only ``complete`` (all three lifted, plus the slack)
  finds it;
* ``several``: two or more cuts lifted together.

Printed: per set and pass, queries where complete is right and default wrong (and the
reverse), by cause; ``--out`` writes each differing query.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.eval.setio import read_queries  # noqa: E402
from normx.api import Normalizer  # noqa: E402
from normx.match import matcher as matcher_module  # noqa: E402
from normx.match.matcher import BruteForceMatcher, Matcher  # noqa: E402

HUGE = 10**9
CUTS = {  # the module constant each cause lifts
    "neighbour": ("FEW_POSTINGS", HUGE),
    "common": ("COMMON_POSTINGS", HUGE),
    "pool": ("PREFILTER", HUGE),
}


def _top1(nz: Normalizer, queries: list[str], min_score: float | None) -> list[str]:
    found = nz.match_many(queries, top=5, min_score=min_score)
    return [c[0].id if c else "" for c in found]


def _with(nz: Normalizer, matcher: Matcher, queries: list[str], ms: float | None) -> list[str]:
    kept = nz.matcher
    nz.matcher = matcher
    try:
        return _top1(nz, queries, ms)
    finally:
        nz.matcher = kept


def _cut_answers(
    nz: Normalizer, names: tuple[str, ...], queries: list[str], ms: float | None
) -> list[str]:
    saved = {c: getattr(matcher_module, CUTS[c][0]) for c in names}
    try:
        for c in names:
            setattr(matcher_module, CUTS[c][0], CUTS[c][1])
        return _with(nz, Matcher(nz.index), queries, ms)
    finally:
        for c, v in saved.items():
            setattr(matcher_module, CUTS[c][0], v)


def classify(nz: Normalizer, queries: list[str], want: list[str], ms: float | None) -> list[str]:
    """The cause of each query's differing answer (see the module docstring)."""
    causes = [""] * len(queries)
    for name in CUTS:
        got = _cut_answers(nz, (name,), queries, ms)
        for i, (g, w) in enumerate(zip(got, want, strict=True)):
            if not causes[i] and g == w:
                causes[i] = name
    left = [i for i, c in enumerate(causes) if not c]
    if left:
        got = _cut_answers(nz, tuple(CUTS), [queries[i] for i in left], ms)
        for i, g in zip(left, got, strict=True):
            causes[i] = "several" if g == want[i] else "bound"
    return causes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, required=True)
    ap.add_argument("--sets", required=True)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--brute", type=int, default=0)
    args = ap.parse_args(argv)
    rows = []
    for name in args.sets.split(","):
        folder = args.work / name
        qs = read_queries(folder / "queries.tsv")
        texts = [q.text for q in qs]
        gold = [q.gold for q in qs]
        nz = Normalizer.load(gazetteers=[folder / "gazetteer.jsonl"], defaults=False, inherit=False)
        complete = Matcher(nz.index, complete=True)
        for label, ms in (("top-1", 0.0), ("top-1@def", None)):
            t0 = time.perf_counter()
            fast = _top1(nz, texts, ms)
            t1 = time.perf_counter()
            full = _with(nz, complete, texts, ms)
            t2 = time.perf_counter()
            diff = [i for i in range(len(texts)) if fast[i] != full[i]]
            causes = classify(nz, [texts[i] for i in diff], [full[i] for i in diff], ms)
            won, lost, other = Counter(), Counter(), Counter()
            for i, cause in zip(diff, causes, strict=True):
                if full[i] == gold[i]:
                    won[cause] += 1
                    kind = "complete right"
                elif fast[i] == gold[i]:
                    lost[cause] += 1
                    kind = "default right"
                else:
                    other[cause] += 1
                    kind = "both wrong"
                rows.append((name, label, texts[i], gold[i], fast[i], full[i], kind, cause))
            print(
                f"{name}\t{label}\tn={len(texts)}\tdiffer={len(diff)}"
                f"\tcomplete-right={sum(won.values())} {dict(won)}"
                f"\tdefault-right={sum(lost.values())} {dict(lost)}"
                f"\tboth-wrong={sum(other.values())} {dict(other)}"
                f"\tms default {1000 * (t1 - t0) / max(1, len(texts)):.2f} complete"
                f" {1000 * (t2 - t1) / max(1, len(texts)):.2f}",
                flush=True,
            )
            if args.brute and label == "top-1@def":
                brute = BruteForceMatcher(nz.index)
                checked = [texts[i] for i in diff[: args.brute]]
                agree = _with(nz, brute, checked, ms) == [full[i] for i in diff[: args.brute]]
                print(f"{name}\tbrute agrees with complete on {len(checked)}: {agree}", flush=True)
    if args.out:
        with args.out.open("w", encoding="utf-8") as fh:
            fh.write("set\tpass\tquery\tgold\tdefault\tcomplete\tkind\tcause\n")
            for r in rows:
                fh.write("\t".join(r) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
