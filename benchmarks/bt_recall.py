"""Why back-transliteration helps or not: hypothesis recall on the cross-script eval sets.

Run (from the repository root, with the ``mt`` extra and the eval sets built)::

    .venv/bin/python benchmarks/bt_recall.py [--sets persons-xscript,towns-xscript]
        [--limit 300] [--k 4] [--model DIR] [--examples 10]

For each sampled query (the same seeded sample as ``run_eval --limit``) the model's k Arabic
full-name hypotheses are compared with the gold record's Arabic names, all put through
:func:`normx.text.arabic.normalize_arabic` with spaces removed (عبد الخالق = عبدالخالق):

* ``exact``: some hypothesis equals some gold name;
* ``close``: some hypothesis is within 90 % character similarity (rapidfuzz ratio) of one;
* ``tokens``: share of the gold name's words found among the hypotheses of the query's tokens
  (per-token recall, the model's own quality, independent of how tokens are combined);
* ``via-arabic@1``: the gold entity is the best answer of the spelling matcher on some full
  hypothesis (what matching whole hypotheses could reach if it picked the right one);
* ``parts@1``: the gold entity is the best answer of the part-by-part Arabic matcher
  (:class:`normx.mt.arabic_match.ArabicMatcher`, what back-translation now uses) on the
  query's per-part guesses, before any Latin evidence is added;
* ``final@1``: normx's top-1 with back-translation at min_score 0 (all names, one word or more,
  sent through :func:`normx.mt.backtranslate.backtranslate_many`), and ``latin@1`` without.

The gap between ``close`` and ``via-arabic@1`` is lost by the Arabic matching; between
``via-arabic@1`` and ``final@1`` by the combination with the Latin evidence.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from rapidfuzz import fuzz  # noqa: E402

from benchmarks.eval.setio import WORK_DIR, read_gazetteer, read_queries  # noqa: E402
from normx.text.arabic import normalize_arabic  # noqa: E402


def squash(text: str) -> str:
    """Normalised Arabic with spaces removed: word division varies (عبد الله / عبدالله)."""
    return normalize_arabic(text).replace(" ", "")


def arabic_names(rec: dict) -> list[str]:
    """Every Arabic name of a record (canonical and aliases)."""
    names = [rec.get("name", {}).get("ar"), *rec.get("aliases", {}).get("ar", [])]
    return [n for n in names if n]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="persons-xscript,towns-xscript")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--model", default=None)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--examples", type=int, default=10, help="misses to print per set")
    args = parser.parse_args(argv)

    from normx.api import Normalizer
    from normx.mt.arabic_match import arabic_matcher, part_guesses
    from normx.mt.backtranslate import (
        BackTransliterator,
        backtranslate_many,
        name_tokens,
        natural_order,
    )

    bt = BackTransliterator.load(args.model, threads=args.threads)
    for set_name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        folder = WORK_DIR / set_name
        records = read_gazetteer(folder / "gazetteer.jsonl")
        by_id = {r["id"]: r for r in records}
        queries = read_queries(folder / "queries.tsv")
        if args.limit and args.limit < len(queries):
            keep = set(random.Random(0).sample(range(len(queries)), args.limit))
            queries = [q for i, q in enumerate(queries) if i in keep]
        # inherit=False: the shipped gazetteers come from the same public lists as this
        # gazetteer; inheriting their aliases would hand the matcher the answers
        nz = Normalizer.load(gazetteers=[folder / "gazetteer.jsonl"], defaults=False, inherit=False)
        texts = [q.text for q in queries]
        hyps = bt.hypotheses(texts, k=args.k)
        final = backtranslate_many(nz, texts, bt, k=args.k, top=5, min_score=0.0)
        latin = [nz.match(t, top=5, min_score=0.0) for t in texts]
        records_ids = [r.id for r in nz.index.records]

        n = len(queries)
        counts = dict.fromkeys(("exact", "close", "via", "parts", "final", "latin"), 0)
        parts_matcher = arabic_matcher(nz.index)
        token_recall = 0.0
        misses: list[str] = []
        for q, options, fin, lat in zip(queries, hyps, final, latin, strict=True):
            golds = arabic_names(by_id[q.gold])
            gold_keys = [squash(g) for g in golds]
            hyp_keys = [squash(h) for h, _ in options]
            exact = any(h in gold_keys for h in hyp_keys)
            close = exact or any(fuzz.ratio(h, g) >= 90 for h in hyp_keys for g in gold_keys)
            tok_hyps = bt.token_hypotheses(name_tokens(q.text), args.k)
            tok_keys = {squash(h) for opts in tok_hyps for h, _ in opts}
            best_tr = 0.0
            for g in golds:
                words = [squash(w) for w in normalize_arabic(g).split()]
                if words:
                    best_tr = max(best_tr, sum(w in tok_keys for w in words) / len(words))
            token_recall += best_tr
            via = any(
                (c := nz.matcher.match(h, top=1, min_score=0.0)) and c[0].id == q.gold
                for h, _ in options
            )
            guesses = bt.token_hypotheses(name_tokens(natural_order(q.text)), args.k)
            by_parts = parts_matcher.match([part_guesses(o) for o in guesses], top=1)
            counts["parts"] += bool(by_parts) and records_ids[by_parts[0].entity] == q.gold
            counts["exact"] += exact
            counts["close"] += close
            counts["via"] += via
            counts["final"] += bool(fin) and fin[0].id == q.gold
            counts["latin"] += bool(lat) and lat[0].id == q.gold
            if not close and len(misses) < args.examples:
                misses.append(f"  {q.text} | gold {golds[:2]} | hyps {[h for h, _ in options]}")
        print(
            f"{set_name:16} n={n} k={args.k} exact={counts['exact'] / n:.3f} "
            f"close={counts['close'] / n:.3f} tokens={token_recall / n:.3f} "
            f"via-arabic@1={counts['via'] / n:.3f} parts@1={counts['parts'] / n:.3f} "
            f"final@1={counts['final'] / n:.3f} "
            f"latin@1={counts['latin'] / n:.3f}",
            flush=True,
        )
        for line in misses:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
