"""One long document: CPU time, MB/s and peak memory as the document grows (issue 4, "a 5 MB
single line").

Run (from the repository root)::

    .venv/bin/python -m benchmarks.bench_long_document [--sizes 0.1,0.5,1,5] [--single-line]
        [--gazetteer PATH ...] [--profile FILE]

The document is the open article sets' articles (``tests/data/articles*/``, never
``SEALED_SETS``) concatenated in name order, separated by a blank line (``--single-line``: by
a space, every newline turned into a space, so the document has no paragraph or line
break), repeated until it reaches each size in megabytes (``--sizes``). With no
``--gazetteer`` the shipped gazetteers are loaded, as ``normx canonicalize`` does; otherwise
those files alone. Each size is one ``canonicalize`` call, timed in CPU seconds
(``time.process_time``: the machine is shared), after a warm-up on the first article so the
load's lazy tables are not billed to the first size. Printed per size: characters, CPU s,
MB/s, mentions, and the peak resident memory so far (``resource.getrusage``, so it only
grows). The rate should not fall with the size: the resolution rules must cost linear (or
n log n) time in the document's length. ``--check`` also verifies that every mention's
offsets are exact and no two spans overlap. ``--profile FILE`` writes a cProfile of the
largest size. ``--whole`` resolves every size as one document, without the windows of
:mod:`normx.resolve.long_text` (what the rules alone cost on a long document).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def long_document(chars: int, single_line: bool = False) -> str:
    """The open sets' articles concatenated and repeated to *chars* characters (cut at an
    article boundary past it; see the module docstring)."""
    from benchmarks.bench_canonicalize import article_docs

    docs = [d.strip() for d in article_docs()]
    if single_line:
        docs = [" ".join(d.split()) for d in docs]
    sep = " " if single_line else "\n\n"
    parts: list[str] = []
    size = 0
    while size < chars:
        for d in docs:
            parts.append(d)
            size += len(d) + len(sep)
            if size >= chars:
                break
    return sep.join(parts)


def check(text: str, doc: object) -> None:
    """Each mention's offsets give its text, and no two spans overlap (issue 4's contract)."""
    last_end = -1
    for m in sorted(doc.mentions, key=lambda m: m.start):  # type: ignore[attr-defined]
        assert text[m.start : m.end] == m.text, (m.start, m.end, m.text)
        assert m.start >= last_end, ("overlap", m.start, last_end)
        last_end = m.end


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="0.1,0.5,1,5", help="document sizes in MB, comma-separated")
    ap.add_argument("--single-line", action="store_true", help="no line breaks in the document")
    ap.add_argument("--gazetteer", action="append", type=Path, default=[])
    ap.add_argument("--check", action="store_true", help="verify offsets and overlaps")
    ap.add_argument("--profile", type=Path, help="cProfile of the largest size to this file")
    ap.add_argument("--whole", action="store_true", help="no windows: one document per size")
    args = ap.parse_args()
    if args.whole:
        import normx.resolve.pipeline as pipeline

        pipeline.LONG_DOCUMENT = sys.maxsize  # type: ignore[misc]

    from normx.api import Normalizer

    t0 = time.process_time()
    nz = Normalizer.load(args.gazetteer, defaults=False) if args.gazetteer else Normalizer.load()
    first = long_document(1, args.single_line)
    nz.canonicalize(first)
    gc.freeze()  # as the CLI does after loading
    print(f"load + warm-up: {time.process_time() - t0:.1f} s CPU", flush=True)
    sizes = [float(s) for s in args.sizes.split(",")]
    print(f"{'MB':>6} {'chars':>10} {'CPU s':>8} {'MB/s':>7} {'mentions':>9} {'peak MB':>8}")
    for mb in sizes:
        text = long_document(int(mb * 1_000_000), args.single_line)
        prof = cProfile.Profile() if args.profile and mb == max(sizes) else None
        t = time.process_time()
        if prof is not None:
            prof.enable()
        doc = nz.canonicalize(text)
        if prof is not None:
            prof.disable()
            prof.dump_stats(str(args.profile))
        cpu = time.process_time() - t
        if args.check:
            check(text, doc)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rate = len(text.encode("utf-8")) / 1e6 / cpu if cpu else float("inf")
        print(
            f"{mb:>6g} {len(text):>10,} {cpu:>8.1f} {rate:>7.3f} {len(doc.mentions):>9,} "
            f"{peak:>8.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
