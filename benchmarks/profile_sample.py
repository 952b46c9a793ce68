"""A sampling profiler for canonicalize: where a first or a cached pass spends its CPU time.

Run (from the repository root, after one ``bench_canonicalize --articles --workdir DIR`` run
has left the 40,000-entity gazetteer and the index cache in DIR)::

    .venv/bin/python -m benchmarks.profile_sample --workdir DIR [--cached 3] [--first]
        [--top 40] [--interval 0.0005] [--skip SET] [--step FUNCTION ...]

Why sampling: cProfile with a CPU clock makes a ``process_time`` system call at each of the
millions of Python calls of a pass (a 3.7 s pass took 32 s, its shares dominated by the
smallest functions), and py-spy is not installed. This one asks the kernel for ``SIGPROF``
every *interval* seconds of CPU time (``setitimer(ITIMER_PROF)``; the kernel delivers it every
few milliseconds at most) and, in the handler, walks the interrupted Python stack: each
function's self and inclusive count (a function counted once per sample however deep its
recursion), the function directly under each pipeline step (``_canonicalize``, ``_mentions``,
``resolve_references``, ``_resolve``, and each function named with ``--step``) and the line of
those steps executing. The pass runs a few per cent slower with it; read the shares, not the
times. A signal is handled between bytecodes only, so time inside C code (a regex over the
whole text, the compiled tokenizer, freeing a document's objects) is counted at the next
Python line that runs (the tokenizer's C loop shows as its call-back ``_listed_kept``).

The documents are the benchmark's (:func:`benchmarks.bench_canonicalize.article_docs`: the
open article sets, never ``SEALED_SETS``); the normalizer is loaded as the benchmark loads it
(shipped gazetteers + the 40,000 entities, ``gc.freeze()`` after loading). ``--first``
samples the first pass too (mostly the matcher: its share is printed under
``normx/match``); by default the first pass runs unsampled and only the ``--cached`` passes
after it are sampled (every span answered from the caches: detection and resolution alone).
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import sys
import time
from collections import Counter
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

# Steps whose direct callee (and executing line) is counted: the pipeline's own layers.
STEPS = ("_canonicalize", "_mentions", "resolve_references", "_resolve")


def _where(frame: FrameType) -> str:
    code = frame.f_code
    path = code.co_filename
    cut = path.find("normx/")
    short = path[cut:] if cut >= 0 else os.path.basename(path)
    return f"{short}:{code.co_name}"


class Sampler:
    """Counts of the Python stacks seen at each ``SIGPROF`` while :meth:`running`."""

    def __init__(self, interval: float, steps: tuple[str, ...] = STEPS) -> None:
        self.interval = interval
        self.steps = steps
        self.samples = 0
        self.self_counts: Counter[str] = Counter()
        self.inclusive: Counter[str] = Counter()
        self.under: dict[str, Counter[str]] = {s: Counter() for s in steps}
        self.lines: dict[str, Counter[int]] = {s: Counter() for s in steps}

    def _handler(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.samples += 1
        seen: set[str] = set()
        child: str | None = None
        first = True
        while frame is not None:
            name = _where(frame)
            if first:
                self.self_counts[name] += 1
                first = False
            if name not in seen:
                seen.add(name)
                self.inclusive[name] += 1
            step = frame.f_code.co_name
            if step in self.under and "normx/" in name:
                self.under[step][child or "(own line)"] += 1
                self.lines[step][frame.f_lineno] += 1
            child = name
            frame = frame.f_back

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._handler)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)

    def stop(self) -> None:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)

    def report(self, top: int) -> str:
        n = max(1, self.samples)
        out = [f"samples: {self.samples}"]

        def table(title: str, counts: Counter, limit: int) -> None:
            out.append(f"\n== {title}")
            for key, c in counts.most_common(limit):
                out.append(f"{100 * c / n:6.1f}%  {key}")

        table("inclusive", self.inclusive, top)
        table("self", self.self_counts, top)
        for step in self.steps:
            if self.under[step]:
                table(f"directly under {step}", self.under[step], top)
                table(f"lines of {step}", self.lines[step], 15)
        return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workdir", type=Path, required=True, help="a bench_canonicalize workdir")
    ap.add_argument("--entities", type=int, default=40_000)
    ap.add_argument("--places", type=int, default=4_000)
    ap.add_argument("--cached", type=int, default=3, help="cached passes sampled")
    ap.add_argument("--first", action="store_true", help="sample the first pass too")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--interval", type=float, default=0.0005, help="CPU seconds per sample")
    ap.add_argument("--skip", action="append", default=[], metavar="SET")
    ap.add_argument(
        "--step",
        action="append",
        default=[],
        metavar="FUNCTION",
        help="also count the callees and lines of this function (a name in normx/resolve)",
    )
    args = ap.parse_args()
    os.environ["NORMX_CACHE_DIR"] = str(args.workdir.resolve() / "cache")
    gaz = args.workdir / f"gazetteer-{args.entities}-{args.places}.jsonl"
    if not gaz.exists():
        sys.exit(f"{gaz} not found: run bench_canonicalize --articles --workdir first")

    from benchmarks.bench_canonicalize import article_docs
    from normx.api import Normalizer

    nz = Normalizer.load([gaz], defaults=True)
    nz.canonicalize("Warm-up: Khalifa Haftar in Tripoli, the Accord forces.")
    gc.freeze()  # as the benchmark and the CLI do
    docs = article_docs(tuple(args.skip))
    mb = sum(len(d) for d in docs) / 1e6
    sampler = Sampler(args.interval, (*STEPS, *args.step))
    if args.first:
        sampler.start()
    t0 = time.process_time()
    for d in docs:
        nz.canonicalize(d)
    first = time.process_time() - t0
    if not args.first:
        sampler.start()
    times = []
    for _ in range(args.cached):
        t0 = time.process_time()
        for d in docs:
            nz.canonicalize(d)
        times.append(time.process_time() - t0)
    sampler.stop()
    print(f"{len(docs)} documents, {mb:.2f} MB; first pass {first:.2f} s CPU")
    print("cached passes (sampled): " + ", ".join(f"{t:.2f} s" for t in times))
    print(sampler.report(args.top))


if __name__ == "__main__":
    main()
