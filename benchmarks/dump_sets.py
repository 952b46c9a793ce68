"""Dump ``canonicalize``'s output on every open article set, to show a speed-up changes nothing.

Run from two trees (each with its own ``PYTHONPATH`` and ``NORMX_CACHE_DIR``) and ``cmp`` the
files::

    PYTHONPATH=. .venv/bin/python -m benchmarks.dump_sets OUT_DIR [--modes plain,40k]

One JSONL file per set and mode (``OUT_DIR/articles-v12-40k.jsonl``), one line per article:
``Document.to_dict()`` with each mention's unrounded score (``score_repr``), keys sorted. Modes:
``plain`` is the set's gazetteer alone (``Normalizer.load([gazetteer], defaults=False)``, as
``benchmarks.eval.articles`` scores it); ``40k`` adds the 40,000 synthetic records the way
``benchmarks.eval.articles --distractors 40000`` loads them (filtered against the set, cached in
``--workdir``). The sets are ``tests/data/articles*`` without
``benchmarks.bench_canonicalize.SEALED_SETS``; all sets run in one process, in name order, as
the same command on both trees.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.bench_canonicalize import SEALED_SETS, dump_docs

ROOT = Path(__file__).resolve().parents[1]


def open_sets() -> list[Path]:
    """The article set folders that may be read (the sealed ones left out)."""
    folders = sorted((ROOT / "tests" / "data").glob("articles*/"))
    return [f for f in folders if f.name not in SEALED_SETS and (f / "gazetteer.yaml").exists()]


def dump(folder: Path, mode: str, out: Path, workdir: Path) -> None:
    """Write one set's canonicalize output in *mode* (``plain`` or ``40k``) to *out*."""
    from benchmarks.eval.articles import load_articles, load_pressured
    from normx.api import Normalizer

    if mode == "plain":
        nz = Normalizer.load([folder / "gazetteer.yaml"], defaults=False, use_cache=False)
    else:
        nz, _ = load_pressured(
            [folder / "gazetteer.yaml"], folder, distractors=40_000, workdir=workdir
        )
    dump_docs(out, (nz.canonicalize(article.text) for article in load_articles(folder)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--modes", default="plain,40k", help="comma-separated: plain, 40k")
    ap.add_argument(
        "--workdir",
        type=Path,
        default=ROOT / "benchmarks" / "eval" / "work" / "distractors",
        help="where the 40k records and the filtered extras are kept",
    )
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for mode in args.modes.split(","):
        for folder in open_sets():
            dump(folder, mode, args.out / f"{folder.name}-{mode}.jsonl", args.workdir)
            print(folder.name, mode, flush=True)


if __name__ == "__main__":
    main()
