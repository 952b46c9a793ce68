"""Canonicalization speed: MB/s of news text per core with a 40,000-entity gazetteer.

Run (from the repository root)::

    .venv/bin/python benchmarks/bench_canonicalize.py [--entities 40000] [--mb 2]
        [--data ../shared/data] [--fresh-names 0.5]

The gazetteer is the synthetic one of ``benchmarks/bench_match.py`` (Arab full names from real
name parts, plus places) with the seed article's test gazetteer added. The text is the seed
article repeated to ``--mb`` megabytes; in a share ``--fresh-names`` of the copies every person
mention is replaced by a gazetteer person's name with one spelling change, so the matcher sees
many distinct spans (repeating one article would measure only the span cache). One process,
one core: it prints the load time, the canonicalization rate (MB/s), mentions per MB, matcher
calls, the rate of a second pass over the same text (every span's match cached: the cost of
detection and resolution alone, and the rate for news whose names repeat), and the peak
resident memory (``resource.getrusage``).

Goals (issue 4): >= 2 MB/s per core, memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEED_GAZETTEER = REPO / "tests" / "data" / "seed" / "gazetteer.yaml"


def _perturb(name: str, rng: random.Random) -> str:
    vowels = [i for i, c in enumerate(name) if c in "aeiou"]
    if not vowels:
        return name
    i = rng.choice(vowels)
    return name[:i] + rng.choice("aeiou") + name[i + 1 :]


def build_text(mb: float, persons: list[str], fresh: float, rng: random.Random) -> str:
    seed = next((REPO / "seeds").glob("000_*.txt"))
    text = seed.read_text(encoding="utf-8")
    gold = [json.loads(x) for x in seed.with_suffix(".gold.jsonl").read_text().splitlines() if x]
    per = sorted((g for g in gold if g["type"] == "PER"), key=lambda g: g["start"])
    copies: list[str] = []
    size = 0
    while size < mb * 1_000_000:
        if persons and rng.random() < fresh:
            out, pos = [], 0
            for g in per:
                out += [text[pos : g["start"]], _perturb(rng.choice(persons), rng)]
                pos = g["end"]
            out.append(text[pos:])
            copy = "".join(out)
        else:
            copy = text
        copies.append(copy)
        size += len(copy) + 2
    return "\n\n".join(copies)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entities", type=int, default=40_000)
    ap.add_argument("--places", type=int, default=4_000)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--fresh-names", type=float, default=0.5)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = ap.parse_args()

    from benchmarks.bench_match import write_gazetteer
    from normx.api import Normalizer

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        gaz = Path(tmp) / "gazetteer.jsonl"
        count = write_gazetteer(gaz, args.data, args.entities, args.places)
        persons = []
        with gaz.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["type"] == "PER" and rec.get("name", {}).get("en"):
                    persons.append(rec["name"]["en"])
        t0 = time.perf_counter()
        nz = Normalizer.load([gaz, SEED_GAZETTEER], defaults=False)
        nz.canonicalize("Warm-up: Khalifa Haftar in Tripoli, the Accord forces.")
        load = time.perf_counter() - t0
    text = build_text(args.mb, persons, args.fresh_names, rng)
    docs = text.split("\n\n\n\n") if "\n\n\n\n" in text else [text]
    calls = {"n": 0}
    real_match = nz.match

    def counting_match(*a, **k):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real_match(*a, **k)

    nz.match = counting_match  # type: ignore[method-assign]
    t0 = time.perf_counter()
    mentions = sum(len(nz.canonicalize(d).mentions) for d in docs)
    elapsed = time.perf_counter() - t0
    mb = len(text) / 1e6
    t0 = time.perf_counter()
    for d in docs:
        nz.canonicalize(d)
    cached = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"gazetteer: {count + 40} entities; load + index + trie {load:.1f} s")
    print(f"text: {mb:.2f} MB ({args.fresh_names:.0%} of copies with fresh person names)")
    print(f"canonicalize: {elapsed:.2f} s = {mb / elapsed:.2f} MB/s on one core")
    print(f"mentions: {mentions / mb:.0f} per MB; matcher calls (cache misses): {calls['n']}")
    print(f"again, every span's match cached: {cached:.2f} s = {mb / cached:.2f} MB/s")
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
