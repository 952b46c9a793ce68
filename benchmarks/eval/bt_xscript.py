"""Back-translation against the matcher alone on a built matcher set, answer by answer.

Usage (from the repository root, sets built by ``build_sets``)::

    .venv/bin/python -m benchmarks.eval.bt_xscript --set persons-xscript [--group libya]
        [--limit N] [--token-cache FILE] [--dump FILE] [--mt-model DIR]

The harness of sessions 14-16, kept in the repository (session 23): every query is asked of the
matcher alone and with back-translation, at ``min_score=0`` (top-1) and at the default threshold
(top-1@def, no answer counts wrong), on one loaded normalizer. The model's guesses per name part
are read from and written to ``--token-cache`` (JSON), so variants of the matching code see the
same guesses and a re-run costs what a plain run does. Prints the figures, "+a -b" (queries
back-translation turned right / wrong against the matcher alone), the model's cost (name parts
sent, seconds inside the model, parts per second, share of queries sent) and, with ``--dump``,
one JSON line per query for error analysis (``bt_classify``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval import countries  # noqa: E402
from benchmarks.eval.setio import WORK_DIR, Query, read_queries  # noqa: E402


def _ids(cands: list[Any]) -> list[str]:
    return list(dict.fromkeys(c.id for c in cands))[:5]


def _split(at0: list[Any], at: list[Any]) -> bool:
    """True when the answer at the default threshold (*at*) is not the answer at
    ``min_score=0`` (*at0*) cut there, first candidate and score."""
    from normx.match.score import NO_MATCH_THRESHOLD

    if at:
        return not at0 or (at0[0].id, at0[0].score) != (at[0].id, at[0].score)
    return bool(at0) and at0[0].score >= NO_MATCH_THRESHOLD


def load_cache(bt: Any, path: Path | None) -> int:
    """Fill *bt*'s per-token cache from *path*; the number of entries read."""
    if path is None or not path.exists():
        return 0
    known = json.loads(path.read_text(encoding="utf-8"))
    for token, k, outs in known:
        bt._cache[(token, k)] = [tuple(o) for o in outs]
    return len(known)


def save_cache(bt: Any, path: Path | None) -> None:
    if path is None:
        return
    known = [[t, k, outs] for (t, k), outs in bt._cache.items()]
    path.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")


def built_set(folder: Path) -> None:
    """Stop with a word on what to run when *folder* holds no built set: the sets are built
    data, not in a fresh clone (a traceback said only which file was missing; session 23,
    h-review23a)."""
    missing = [n for n in ("queries.tsv", "gazetteer.jsonl") if not (folder / n).is_file()]
    if missing:
        raise SystemExit(
            f"{folder}: no {', '.join(missing)}; build the set first: "
            f"`python -m benchmarks.eval.build_sets --sets {folder.name}`"
        )


def select(queries: list[Query], folder: Path, group: str | None) -> list[Query]:
    """The queries whose gold is in report *group* (``countries.GROUPS``), or all."""
    if not group:
        return queries
    tags = countries.read_sidecar(folder) or {}
    if group == countries.LIBYA_FULL_NAMES:  # as run_eval: Libyan gold, two words or more
        return [
            q
            for q in queries
            if countries.LIBYA in countries.groups_of(q.gold, tags) and len(q.text.split()) >= 2
        ]
    return [q for q in queries if group in countries.groups_of(q.gold, tags)]


class TimedModel:
    """Wraps a model's ``generate`` to count the seconds and parts spent inside it."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.seconds = 0.0
        self.parts = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.model, name)

    def generate(self, tokens: list[str], k: int) -> Any:
        t0 = time.process_time()
        out = self.model.generate(tokens, k)
        self.seconds += time.process_time() - t0
        self.parts += len(tokens)
        return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True, help="a built matcher set, e.g. towns-xscript")
    ap.add_argument("--work", type=Path, default=WORK_DIR, help="where build_sets wrote the sets")
    ap.add_argument("--group", default=None, help="a countries.GROUPS name, e.g. libya")
    ap.add_argument("--limit", type=int, default=0, help="a seeded sample of N queries")
    ap.add_argument("--parts", type=int, default=0, help="only queries the model reads as N parts")
    ap.add_argument("--token-cache", type=Path, default=None, help="the model's guesses (JSON)")
    ap.add_argument("--dump", type=Path, default=None, help="one JSON line per query (bt_classify)")
    ap.add_argument("--mt-model", default=None, help="the back-translation model's directory")
    ap.add_argument("--chunk", type=int, default=50, help="queries per batch (cache saved)")
    ap.add_argument(
        "--mt-threads", type=int, default=None, help="torch threads (1 on a shared machine)"
    )
    args = ap.parse_args(argv)

    from normx.api import Normalizer

    folder = args.work / args.set
    built_set(folder)
    queries = select(read_queries(folder / "queries.tsv"), folder, args.group)
    if args.parts:
        from normx.mt.bt_names import model_tokens

        queries = [q for q in queries if len(model_tokens(q.text)) == args.parts]
    if args.limit and args.limit < len(queries):
        queries = random.Random(0).sample(queries, args.limit)
    nz = Normalizer.load(gazetteers=[folder / "gazetteer.jsonl"], defaults=False, inherit=False)
    nz.use_backtranslation(args.mt_model, threads=args.mt_threads)
    bt = nz.backtransliterator
    timed = TimedModel(bt.model)
    bt.model = timed
    cached = load_cache(bt, args.token_cache)
    rows: list[dict[str, Any]] = []
    both0: list[list[Any]] = []
    bothd: list[list[Any]] = []
    sent = 0
    for start in range(0, len(queries), args.chunk):
        chunk = queries[start : start + args.chunk]
        names = [q.text for q in chunk]
        nz.backtransliterator = None  # the matcher alone
        alone0 = nz.match_many(names, top=5, min_score=0.0)
        alone = nz.match_many(names, top=5)
        nz.backtransliterator = bt  # the user's path: match_many sends what needs the model
        with0 = nz.match_many(names, top=5, min_score=0.0)
        sent += len(bt.last_sent)
        withd = nz.match_many(names, top=5)
        save_cache(bt, args.token_cache)
        both0.extend(with0)
        bothd.extend(withd)
        for q, a0, a, w0, w in zip(chunk, alone0, alone, with0, withd, strict=True):
            rows.append(
                {
                    "query": q.text,
                    "gold": q.gold,
                    "kind": q.kind,
                    "alone": _ids(a0),
                    "alone_def": _ids(a),
                    "bt": _ids(w0),
                    "bt_def": _ids(w),
                    "bt_best": [w0[0].matched, w0[0].method, round(w0[0].score, 3)] if w0 else None,
                    "bt_def_best": [w[0].matched, w[0].method, round(w[0].score, 3)] if w else None,
                }
            )
        print(f"  {start + len(chunk)}/{len(queries)}", file=sys.stderr, flush=True)
    n = len(rows) or 1

    def right(r: dict[str, Any], key: str) -> bool:
        return r[key][:1] == [r["gold"]]

    def share(key: str) -> float:
        return 100 * sum(right(r, key) for r in rows) / n

    def moved(a: str, b: str) -> str:
        up = sum(right(r, b) and not right(r, a) for r in rows)
        down = sum(right(r, a) and not right(r, b) for r in rows)
        return f"+{up} -{down}"

    print(f"{args.set} {args.group or 'all'} n={len(rows)}")
    print(f"  matcher alone  top-1 {share('alone'):.1f} / @def {share('alone_def'):.1f}")
    print(
        f"  with bt        top-1 {share('bt'):.1f} / @def {share('bt_def'):.1f}"
        f"  ({moved('alone', 'bt')}, @def {moved('alone_def', 'bt_def')})"
    )
    # the threshold's answer should be the answer at 0 cut there (session 35): count the
    # queries where it is not (a first answer at the threshold that is not the first at 0
    # with the same score, or a first at 0 reaching the threshold left unanswered there)
    split = sum(_split(w0, w) for w0, w in zip(both0, bothd, strict=True))
    print(f"  threshold vs 0 (with bt): {split} of {len(rows)} answers differ")
    rate = timed.parts / timed.seconds if timed.seconds else float("nan")
    print(
        f"  model: {timed.parts} parts in {timed.seconds:.1f} s CPU ({rate:.2f} parts/s), "
        f"{cached} cached; queries sent {sent}/{len(rows)} ({100 * sent / n:.0f} %)"
    )
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
