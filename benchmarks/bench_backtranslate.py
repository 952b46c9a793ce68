"""Cost of back-transliteration: names per second through the Latin→Arabic model.

Run (from the repository root, with the ``mt`` extra installed)::

    .venv/bin/python benchmarks/bench_backtranslate.py [--names 500] [--k 4] [--threads 1]
        [--model DIR] [--data ../shared/data] [--batch 64]

Names are two- and three-part person names made of random Latin name tokens from
wikidata-names-coling2018 (CC0), seeded. Three numbers are printed:

* ``cold``: ``BackTransliterator.hypotheses`` on names none of whose tokens were seen (each
  distinct token goes through beam search once, in batches), names/s and tokens/s;
* ``warm``: the same names again (every token cached: the cost of combining k-best lists);
* ``pipeline``: ``backtranslate_many`` over the shipped gazetteers, which runs the Latin
  matcher on every name and the model only on the names it could not settle; names/s and the
  share of names sent to the model.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from normx.mt.training.pairs import WIKIDATA, latin_key  # noqa: E402


def sample_names(data_dir: Path, n: int, seed: int) -> list[str]:
    """*n* random 2-3 part names from Latin tokens of the Wikidata pairs (title-cased)."""
    tokens: list[str] = []
    with (data_dir / WIKIDATA).open(encoding="utf-8") as fh:
        for line in fh:
            token = latin_key(line.split("\t", 1)[0])
            if 3 <= len(token) <= 12 and "-" not in token:
                tokens.append(token)
    tokens = sorted(set(tokens))
    rng = random.Random(seed)
    return [
        " ".join(t.title() for t in rng.sample(tokens, rng.choice((2, 2, 3)))) for _ in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=500)
    parser.add_argument("--k", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--model", default=None)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-pipeline", action="store_true")
    args = parser.parse_args()

    from normx.mt.backtranslate import BackTransliterator, backtranslate_many

    names = sample_names(Path(args.data), args.names, args.seed)
    start = time.perf_counter()
    bt = BackTransliterator.load(args.model, threads=args.threads)
    bt.model.batch_size = args.batch
    load_s = time.perf_counter() - start

    start = time.perf_counter()
    bt.hypotheses(names, k=args.k)
    cold_s = time.perf_counter() - start
    tokens = bt.model_calls
    start = time.perf_counter()
    bt.hypotheses(names, k=args.k)
    warm_s = time.perf_counter() - start
    report: dict[str, object] = {
        "model": str(bt.path),
        "k": args.k,
        "threads": args.threads,
        "batch": args.batch,
        "load_seconds": round(load_s, 2),
        "names": len(names),
        "distinct_tokens": tokens,
        "cold_names_per_second": round(len(names) / cold_s, 1),
        "cold_tokens_per_second": round(tokens / cold_s, 1),
        "warm_names_per_second": round(len(names) / warm_s, 1),
    }
    if not args.no_pipeline:
        from normx import Normalizer

        nz = Normalizer.load()
        fresh = BackTransliterator(bt.model)
        sent: list[int] = []
        hypotheses = fresh.hypotheses

        def counting(batch: list[str], k: int = 4) -> list[list[tuple[str, float]]]:
            sent.append(len(batch))
            return hypotheses(batch, k)

        fresh.hypotheses = counting  # type: ignore[method-assign]
        start = time.perf_counter()
        backtranslate_many(nz, names, fresh, k=args.k)
        pipe_s = time.perf_counter() - start
        report.update(
            {
                "pipeline_names_per_second": round(len(names) / pipe_s, 1),
                "pipeline_tokens_sent_to_model": fresh.model_calls,
                "pipeline_names_sent_to_model": sum(sent),
                "pipeline_model_calls": len(sent),
            }
        )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
