"""Canonicalization speed: MB/s of news text per core with a 40,000-entity gazetteer.

Run (from the repository root)::

    .venv/bin/python benchmarks/bench_canonicalize.py [--entities 40000] [--mb 2]
        [--data ../shared/data] [--fresh-names 0.5] [--backtranslate]

The gazetteer is the synthetic one of ``benchmarks/bench_match.py`` (Arab full names from real
name parts, plus places) with the seed article's test gazetteer added. The text is the seed
article repeated to ``--mb`` megabytes; in a share ``--fresh-names`` of the copies every person
mention is replaced by a gazetteer person's name with one spelling change, so the matcher sees
many distinct spans (repeating one article would measure only the caches). Each copy is one
document, as news arrives. One process, one core; times are CPU time (``time.process_time``)
because the machine may be shared. Printed: the load time (and the part of it the first
``canonicalize`` takes to build the run state, name trie and gloss tables; the gloss tables'
place keys come from the on-disk cache after the first run); the first pass (MB/s, mentions per
MB, matcher calls: the distinct span texts no cache answered, and the CPU time inside them);
a second pass over the same documents, ``--repeat`` times, the best shown (every span answered
from the caches: the cost of detection and resolution alone, and the rate for news whose names
repeat; after loading, the index's ~1M objects are frozen out of the garbage collector with
``gc.freeze()``, as the CLI does, since a full collection over them cost ~0.1 s in some
passes); the peak resident memory (``resource.getrusage``).

``--dump FILE`` writes every document's result of the first pass and of one more cached pass
(``Document.to_dict()`` with each mention's unrounded score, one JSON line per document): run
it from two trees and ``cmp`` the files to show that a speed-up changes no result.

``--workdir DIR`` keeps the gazetteer and the index cache there, so later runs load it warm
(times of the passes do not change; the load does). ``--profile FILE`` writes a cProfile of
the first pass (``python -m pstats FILE``); the pass is then slower, read only the shares.
``--profile-cached FILE`` profiles one extra cached pass (after the timed ones) the same way.

``--articles`` takes real news instead: the development article sets
(``tests/data/articles*/``; never ``SEALED_SETS``, and ``--skip SET`` leaves out more, so that two
commits read the same documents), each article one document, with the shipped gazetteers loaded
beside the 40,000 entities (``--mb`` and ``--fresh-names`` are then ignored). Most of their
spans are new to the process (composite spans, titles, bodies, unknown names), so the first
pass there is the honest figure for news nobody has seen.

``--backtranslate`` (needs the ``mt`` extra) turns on back-transliteration and also prints the
names sent to the model, names per second through it, and the share of mentions that needed
it (a mention whose text was a query the model saw; issue 5).

Goals (issue 4): >= 2 MB/s per core, memory <= 500 MB.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

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


def build_docs(mb: float, persons: list[str], fresh: float, rng: random.Random) -> list[str]:
    """Copies of the seed article adding up to *mb* megabytes (see the module docstring)."""
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
        size += len(copy)
    return copies


# Article sets held out to the end of a session: a benchmark run must not read them.
# articles-v53 (social affairs and welfare): written blind in session 32 (h-writer53), sealed
# before any run, measured sealed five times (overall lines only), opened in session 34 (h-v53).
# articles-v54 (public finance, customs and tax; written blind in session 32 by h-writer54,
# sealed and measured with v53, opened in session 33: h-v54).
# articles-v55 (the Amazigh, Tebu and Tuareg of Libya): written blind in session 33 (h-writer55),
# sealed before any run, measured sealed three times, opened in session 34 (h-v55).
# articles-v56 (missing persons, mass graves, prisons and transitional justice): written blind in
# session 34 (h-writer56), sealed before any run, measured sealed in session 34, opened in
# session 35 (h-v56).
# articles-v57 (the military and security track: the 5+5 commission, Wagner and the Africa Corps,
# Turkey's forces, army unification, Irini): written blind in session 35 (h-writer57), sealed
# before any run, measured sealed in session 35, opened in session 35 (h-v57).
# articles-v58 (antiquities, museums and cultural heritage: Leptis Magna, Cyrene, the Red Castle
# museum, looted antiquities and their return, Derna's old city): written blind in session 35
# (h-writer58), sealed before any run, measured sealed by the lead in session 36, opened in
# session 36 (h-v58).
# articles-v59 (the health sector: the Ministry of Health and the eastern health ministry, the
# NCDC, COVID-19 vaccination, the big hospitals, the cancer centres, doctors' strikes, treatment
# abroad and its debts, Derna's hospitals after Storm Daniel): written blind in session 36
# (h-writer59), sealed before any run.
# articles-v52 (environment and natural heritage; sealed at its first run in session 30,
# opened in session 32: h-v52fix).
# articles-v51 (civil registry and consular services) was opened at its first run.
# articles-v49 (transport; sealed in session 28, measured sealed again at the
# start of session 29, then opened), articles-v50 (opened after its first run). Earlier:
# articles-v46 (session 26; measured sealed after sessions 26 and 28, then opened),
# articles-v44 (session 25), articles-v40 (session 24).
SEALED_SETS: tuple[str, ...] = ("articles-v59",)


def article_docs(skip: tuple[str, ...] = ()) -> list[str]:
    """The development articles (``tests/data/articles*/``), each one document: real news in
    which most spans are new to the process, unlike repeated seed copies. The sets in
    ``SEALED_SETS`` and *skip* are left out (sets compared across commits must be the same)."""
    left_out = set(SEALED_SETS) | set(skip)
    paths = sorted((REPO / "tests" / "data").glob("articles*/[0-9]*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths if p.parent.name not in left_out]


class _ModelCounter:
    """Wraps a back-transliterator's ``hypotheses``: which names went to the model, how fast."""

    def __init__(self, bt: Any) -> None:
        self.names: set[str] = set()
        self.sent = 0
        self.batches = 0
        self.seconds = 0.0
        self._real = bt.hypotheses
        bt.hypotheses = self

    def __call__(self, names: list[str], k: int = 4) -> list[list[tuple[str, float]]]:
        t0 = time.process_time()
        out = self._real(names, k)
        self.seconds += time.process_time() - t0
        self.sent += len(names)
        self.batches += 1
        self.names.update(names)
        return out


def dump_docs(path: Path, docs: Iterable[Any]) -> None:
    """One JSON line per document: its ``to_dict()``, each mention's score also unrounded."""
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            out = doc.to_dict()
            for m, d in zip(doc.mentions, out["mentions"], strict=True):
                d["score_repr"] = repr(m.score)
            fh.write(json.dumps(out, ensure_ascii=False, sort_keys=True) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--entities", type=int, default=40_000)
    ap.add_argument("--places", type=int, default=4_000)
    ap.add_argument("--mb", type=float, default=2.0)
    ap.add_argument("--fresh-names", type=float, default=0.5)
    ap.add_argument(
        "--articles",
        action="store_true",
        help="real news instead of seed copies: the development article sets, defaults loaded",
    )
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="SET",
        help="with --articles, leave out this article set (repeatable; sealed sets always are)",
    )
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--backtranslate", action="store_true", help="needs the mt extra")
    ap.add_argument("--repeat", type=int, default=3, help="second passes (the best is shown)")
    ap.add_argument("--dump", type=Path, help="write the results as JSONL (see the docstring)")
    ap.add_argument(
        "--workdir",
        type=Path,
        help="keep the gazetteer and the index cache here for the next run (skips the compile)",
    )
    ap.add_argument("--profile", type=Path, help="cProfile the first pass into this file")
    ap.add_argument(
        "--profile-cached", type=Path, help="cProfile one more cached pass into this file"
    )
    args = ap.parse_args()
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        os.environ["NORMX_CACHE_DIR"] = str(args.workdir.resolve() / "cache")

    from benchmarks.bench_match import write_gazetteer
    from normx.api import Normalizer

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        gaz = Path(args.workdir or tmp) / f"gazetteer-{args.entities}-{args.places}.jsonl"
        if args.workdir is None or not gaz.exists():
            count = write_gazetteer(gaz, args.data, args.entities, args.places)
        else:
            with gaz.open(encoding="utf-8") as fh:
                count = sum(1 for _ in fh)
        persons = []
        with gaz.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["type"] == "PER" and rec.get("name", {}).get("en"):
                    persons.append(rec["name"]["en"])
        t0 = time.process_time()
        if args.articles:  # the shipped gazetteers hold the seed's entities under their ids
            nz = Normalizer.load([gaz], defaults=True)
        else:
            nz = Normalizer.load([gaz, SEED_GAZETTEER], defaults=False)
        model = None
        if args.backtranslate:
            nz.use_backtranslation()
            model = _ModelCounter(nz.backtransliterator)
        loaded = time.process_time() - t0
        nz.canonicalize("Warm-up: Khalifa Haftar in Tripoli, the Accord forces.")
        load = time.process_time() - t0
        gc.freeze()  # as the CLI does after loading (normx.cli.options.load_normalizer)
    docs = (
        article_docs(tuple(args.skip))
        if args.articles
        else build_docs(args.mb, persons, args.fresh_names, rng)
    )
    calls: dict[str, Any] = {"n": 0, "inside": 0, "seconds": 0.0}
    real_match, real_many = nz.match, nz.match_many

    def counting_match(*a: Any, **k: Any) -> Any:
        if calls["inside"]:
            return real_match(*a, **k)
        calls["n"] += 1
        t = time.process_time()
        try:
            return real_match(*a, **k)
        finally:
            calls["seconds"] += time.process_time() - t

    def counting_many(names: Any, *a: Any, **k: Any) -> Any:
        names = list(names)
        calls["n"] += len(set(names))
        calls["inside"] += 1
        t = time.process_time()
        try:
            return real_many(names, *a, **k)
        finally:
            calls["inside"] -= 1
            calls["seconds"] += time.process_time() - t

    nz.match = counting_match  # type: ignore[method-assign]
    nz.match_many = counting_many  # type: ignore[method-assign]
    if model is not None:
        model.names.clear()
        model.sent = model.batches = 0
        model.seconds = 0.0
    profiler = cProfile.Profile() if args.profile is not None else None
    if profiler is not None:
        profiler.enable()
    t0 = time.process_time()
    results = [nz.canonicalize(d) for d in docs]
    elapsed = time.process_time() - t0
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    mentions = [m for doc in results for m in doc.mentions]
    mb = sum(len(d) for d in docs) / 1e6
    cached = float("inf")
    for _ in range(args.repeat):  # a collection of the index's objects may fall in one pass
        t0 = time.process_time()
        for d in docs:
            nz.canonicalize(d)
        cached = min(cached, time.process_time() - t0)
    if args.profile_cached is not None:  # outside the timing: the profiler slows the pass
        cached_profiler = cProfile.Profile()
        cached_profiler.enable()
        for d in docs:
            nz.canonicalize(d)
        cached_profiler.disable()
        cached_profiler.dump_stats(str(args.profile_cached))
    if args.dump is not None:  # the cached results again, outside the timing
        dump_docs(args.dump, [*results, *(nz.canonicalize(d) for d in docs)])
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"gazetteer: {count + 40} entities; load + index + trie {load:.1f} s CPU (of which "
        f"the first canonicalize: run state, trie, gloss tables {load - loaded:.1f} s)"
    )
    made = "development articles" if args.articles else f"{args.fresh_names:.0%} with fresh names"
    print(f"text: {len(docs)} documents, {mb:.2f} MB ({made})")
    print(f"canonicalize: {elapsed:.2f} s CPU = {mb / elapsed:.2f} MB/s on one core")
    per_call = (
        f"{1000 * elapsed / calls['n']:.1f} ms of the pass and "
        f"{1000 * calls['seconds'] / calls['n']:.1f} ms in the matcher per call; the matcher "
        f"{calls['seconds'] / elapsed:.0%} of the pass"
        if calls["n"]
        else ""
    )
    print(
        f"mentions: {len(mentions) / mb:.0f} per MB; matcher calls (cache misses): {calls['n']} "
        f"({calls['n'] / mb:.0f} per MB; {per_call})"
    )
    print(
        f"again (best of {args.repeat}), spans answered from the caches: {cached:.2f} s = "
        f"{mb / cached:.2f} MB/s"
    )
    if model is not None:
        needed = sum(
            1
            for m in mentions
            if m.text in model.names or m.evidence.get("linked_by") in model.names
        )
        by_model = sum(1 for m in mentions if m.method == "backtranslate")
        rate = model.sent / model.seconds if model.seconds else float("nan")
        print(
            f"model: {model.sent} names in {model.batches} batches, {model.seconds:.2f} s CPU "
            f"= {rate:.0f} names/s; mentions that needed it: {needed}/{len(mentions)} "
            f"({needed / max(1, len(mentions)):.1%}); linked through it: {by_model}"
        )
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
