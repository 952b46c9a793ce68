"""Cost of back-transliteration: names per second through the Latin→Arabic model.

Run (from the repository root, with the ``mt`` extra installed)::

    .venv/bin/python benchmarks/bench_backtranslate.py [--names 500] [--k 8] [--threads 1]
        [--model DIR] [--data ../shared/data] [--batch 64]

Names are two- and three-part person names made of random Latin name tokens from
wikidata-names-coling2018 (CC0), seeded. Three numbers are printed:

* ``cold``: ``BackTransliterator.hypotheses`` on names none of whose tokens were seen (each
  distinct token goes through beam search once, in batches), names/s and tokens/s;
* ``warm``: the same names again (every token cached: the cost of combining k-best lists);
* ``single`` vs ``batched`` (``--single N``): the first N distinct parts spelled one model call
  each, as the resolver asked them before session 24, and the same parts in one call, as a
  document's dry run gathers them (:mod:`normx.resolve.bt_prefetch`): parts/s each way, and how
  many parts got the same guesses in the same order both ways;
* ``pipeline``: ``backtranslate_many`` over the shipped gazetteers, which runs the Latin
  matcher on every name and the model only on the names it could not settle, then matches
  their guesses part by part against the Arabic names; names/s and the share of names sent to
  the model, with the Latin matcher alone on the same names as the reference of the same run;
  ``pipeline_cached``: the same names again (the model's guesses cached, and since session 36
  the Latin evidence at min_score 0 remembered: a name asked again), and
  ``pipeline_cached_first_ask``: again with that evidence forgotten (guesses cached, the Latin
  side asked anew: what a name asked for the first time costs besides the model).

All times are CPU seconds of this process (``time.process_time``): the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Any

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


def single_vs_batched(
    model: Any, names: list[str], k: int, n: int, clock: Any
) -> dict[str, object]:
    """The first *n* distinct parts of *names* through *model* one call each, then in one call
    (the model's own batches of ``batch_size``): parts per CPU second each way, and the parts
    whose guesses (spellings, in order) are the same both ways."""
    from normx.mt.bt_names import model_tokens

    parts = list(dict.fromkeys(t for name in names for t in model_tokens(name)))[:n]
    start = clock()
    single = [model.generate([p], k)[0] for p in parts]
    single_s = clock() - start
    start = clock()
    batched = model.generate(parts, k)
    batched_s = clock() - start
    same = sum([t for t, _ in a] == [t for t, _ in b] for a, b in zip(single, batched, strict=True))
    return {
        "single_parts": len(parts),
        "single_parts_per_second": round(len(parts) / single_s, 1),
        "batched_parts_per_second": round(len(parts) / batched_s, 1),
        "same_guesses_single_and_batched": same,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=500)
    parser.add_argument("--k", type=int, default=8, help="guesses per name part")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--model", default=None)
    parser.add_argument("--data", default=str(REPO.parent / "shared" / "data"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-pipeline", action="store_true")
    parser.add_argument(
        "--single", type=int, default=100, help="parts spelled one call each, then batched"
    )
    args = parser.parse_args()

    from normx.mt.backtranslate import BackTransliterator, backtranslate_many

    clock = time.process_time
    names = sample_names(Path(args.data), args.names, args.seed)
    start = clock()
    bt = BackTransliterator.load(args.model, threads=args.threads)
    bt.model.batch_size = args.batch
    load_s = clock() - start

    start = clock()
    bt.hypotheses(names, k=args.k)
    cold_s = clock() - start
    tokens = bt.model_calls
    start = clock()
    bt.hypotheses(names, k=args.k)
    warm_s = clock() - start
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
    if args.single:
        report.update(single_vs_batched(bt.model, names, args.k, args.single, clock))
    if not args.no_pipeline:
        from normx import Normalizer

        nz = Normalizer.load()
        start = clock()
        for name in names:
            nz.match(name)
        latin_s = clock() - start
        fresh = BackTransliterator(bt.model, bt.attested)
        sent: list[int] = []
        token_hypotheses = fresh.token_hypotheses

        def counting(batch: list[str], k: int = 4) -> list[list[tuple[str, float]]]:
            sent.append(len(batch))
            return token_hypotheses(batch, k)

        fresh.token_hypotheses = counting  # type: ignore[method-assign]
        start = clock()
        backtranslate_many(nz, names, fresh, k=args.k)
        pipe_s = clock() - start
        start = clock()
        backtranslate_many(nz, names, fresh, k=args.k)  # every token cached: matching only
        again_s = clock() - start
        # the same without the Latin evidence remembered by the first pass (session 36): what
        # a name asked for the first time costs once the model's guesses are cached
        from normx.mt import backtranslate as bt_module

        getattr(bt_module, "_EVIDENCE", {}).pop(nz.matcher, None)
        start = clock()
        backtranslate_many(nz, names, fresh, k=args.k)
        first_s = clock() - start
        report.update(
            {
                "latin_only_names_per_second": round(len(names) / latin_s, 1),
                "pipeline_names_per_second": round(len(names) / pipe_s, 1),
                "pipeline_cached_names_per_second": round(len(names) / again_s, 1),
                "pipeline_cached_first_ask_names_per_second": round(len(names) / first_s, 1),
                "pipeline_tokens_sent_to_model": fresh.model_calls,
                "pipeline_parts_asked": sum(sent),
                "pipeline_model_calls": len(sent),
            }
        )
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
