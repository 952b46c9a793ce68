"""What back-translation changes on an article set: scores without and with it, and the
mentions that differ (misses it fixes, misses it causes, wrong links it adds or removes).

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval.bt_diff SET [SET ...] [--distractors N]
        [--json OUT]

One normalizer per set, canonicalized twice (its run state dropped in between), so the two
runs differ only by back-translation. The second run's cost is counted as in
``benchmarks.eval.articles --backtranslate`` (:mod:`benchmarks.eval.bt_cost`).
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

from benchmarks.eval import articles as ev

ROOT = Path(__file__).resolve().parents[2]


def _load(folder: Path, distractors: int, workdir: Path) -> Any:
    gazetteer = folder / "gazetteer.yaml"
    if not distractors:
        from normx.api import Normalizer

        return Normalizer.load([gazetteer], defaults=False, use_cache=False)
    os.environ.setdefault("NORMX_CACHE_DIR", str(workdir.resolve() / "cache"))
    nz, _ = ev.load_pressured(
        [gazetteer], folder, defaults=False, distractors=distractors, workdir=workdir
    )
    return nz


def _run(nz: Any, arts: list[ev.Article]) -> tuple[list[ev.Scores], float, list[str]]:
    """Scores, seconds and one line per mention linked through Arabic (``ok`` or ``WRONG``)."""
    from normx.resolve import runtime

    runtime._RUNTIMES.pop(nz, None)
    t = time.perf_counter()
    docs = [nz.canonicalize(a.text) for a in arts]
    seconds = time.perf_counter() - t
    scores = [ev.score(d, a) for d, a in zip(docs, arts, strict=True)]
    through: list[str] = []
    for d, s in zip(docs, scores, strict=True):
        wrong = {(w.mention.start, w.mention.id) for w in s.wrong}
        for m in d.mentions:
            if m.method == "backtranslate":
                tag = "WRONG" if (m.start, m.id) in wrong else "ok"
                through.append(f"{tag} {s.name} {m.text!r} -> {m.id} {_evidence(m.evidence)}")
    return scores, seconds, through


def _evidence(e: dict[str, Any]) -> str:
    keys = ("score", "latin_score", "arabic_score", "query_coverage", "name_coverage")
    parts = [f"{k}={e.get(k)}" for k in keys if k in e]
    pairs = [
        f"{'+'.join(p['query'])}~{' '.join(p['name_words'])}:{p['similarity']:.2f}"
        for p in e.get("arabic_pairs", ())
    ]
    return f"{e.get('arabic_matched')} <{e.get('hypothesis')}> {' '.join(parts)} {pairs}"


def _misses(scores: list[ev.Scores]) -> dict[tuple[str, int], str]:
    return {
        (s.name, m.gold.start): f"{m.gold.text!r} ({m.gold.cluster}) pred " + ev._pred(m.predicted)
        for s in scores
        for m in s.missed
    }


def _wrongs(scores: list[ev.Scores]) -> dict[tuple[str, int, str], str]:
    return {
        (s.name, w.mention.start, w.mention.id or ""): (
            f"{w.mention.text!r} -> {w.mention.id} [{w.kind}, {w.mention.method}, "
            f"gold {w.gold.cluster if w.gold else '-'}] "
            f"{json.dumps(w.mention.evidence.get('hypothesis') or '', ensure_ascii=False)}"
        )
        for s in scores
        for w in s.wrong
    }


def diff_set(name: str, distractors: int, workdir: Path, cost: Any) -> dict[str, Any]:
    folder = ROOT / "tests" / "data" / name
    arts = ev.load_articles(folder)
    nz = _load(folder, distractors, workdir)
    plain, t_plain, _ = _run(nz, arts)
    nz.backtransliterator = cost.bt
    cost.reset()
    with_bt, t_bt, through = _run(nz, arts)
    nz.backtransliterator = None
    m0, m1 = _misses(plain), _misses(with_bt)
    w0, w1 = _wrongs(plain), _wrongs(with_bt)
    return {
        "set": name,
        "plain": ev.summary_line(ev.total(plain)),
        "bt": ev.summary_line(ev.total(with_bt)),
        "seconds": [round(t_plain, 1), round(t_bt, 1)],
        "cost": cost.report(with_bt),
        "fixed": [m0[k] for k in m0.keys() - m1.keys()],
        "lost": [m1[k] for k in m1.keys() - m0.keys()],
        "wrong_added": [w1[k] for k in w1.keys() - w0.keys()],
        "wrong_removed": [w0[k] for k in w0.keys() - w1.keys()],
        "through_arabic": through,
    }


def main() -> None:
    from benchmarks.eval.bt_cost import BtCost

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--distractors", type=int, default=0)
    parser.add_argument("--workdir", type=Path, default=ev.WORKDIR)
    parser.add_argument("--mt-model", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument(
        "--token-cache",
        type=Path,
        help="JSON of the model's answers per name part, read and extended (re-runs of a "
        "changed combination skip the model; the costs printed are then warm)",
    )
    args = parser.parse_args()
    cost = BtCost.start(args.mt_model, attach=False)
    if args.token_cache and args.token_cache.exists():
        known = json.loads(args.token_cache.read_text(encoding="utf-8"))
        for token, k, outs in known:
            cost.bt._cache[(token, k)] = [tuple(o) for o in outs]
    out = []
    for name in args.sets:
        res = diff_set(name, args.distractors, args.workdir, cost)
        out.append(res)
        print(f"{name} plain {res['plain']}")
        print(f"{name} bt    {res['bt']}")
        print(f"{name} seconds {res['seconds']} {res['cost']}")
        for key in ("fixed", "lost", "wrong_added", "wrong_removed", "through_arabic"):
            for line in res[key]:
                print(f"    {key}: {line}")
        if args.json:
            args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        if args.token_cache:
            known = [[t, k, outs] for (t, k), outs in cost.bt._cache.items()]
            args.token_cache.write_text(json.dumps(known, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
