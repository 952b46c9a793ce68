"""How long loading a 100,000-record gazetteer takes: cold parse, cache build, warm cached load.

Run: ``.venv/bin/python benchmarks/bench_gazetteer_load.py [--records N]``

A synthetic JSONL gazetteer (English and Arabic names, aliases, xrefs) is written to a temporary
directory. Each phase runs in its own fresh interpreter so that its peak RSS
(``resource.getrusage``) is its own:

* ``parse``: validate every record, no cache (what ``--no-cache`` costs);
* ``build``: first load with the cache enabled (parse + write the compiled cache);
* ``warm``: second load, served from the compiled cache.

The requirement is a warm load of 100,000 records well under one second.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_LATIN = "bdfghjklmnqrstwyz"
_VOWELS = "aeiou"
_ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def _latin_word(rng: random.Random) -> str:
    return "".join(rng.choice(_LATIN) + rng.choice(_VOWELS) for _ in range(rng.randint(2, 4)))


def _arabic_word(rng: random.Random) -> str:
    return "".join(rng.choice(_ARABIC) for _ in range(rng.randint(3, 6)))


def write_gazetteer(path: Path, count: int, seed: int = 7) -> None:
    """A deterministic synthetic gazetteer of ``count`` records, one JSON object per line."""
    rng = random.Random(seed)
    types = ("PER", "ORG", "LOC")
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            en = " ".join(_latin_word(rng).capitalize() for _ in range(rng.randint(1, 3)))
            ar = " ".join(_arabic_word(rng) for _ in range(rng.randint(1, 3)))
            record = {
                "id": f"x:{i}",
                "type": types[i % 3],
                "name": {"en": en, "ar": ar},
                "aliases": {  # dict.fromkeys: a repeated alias is (rightly) a problem
                    "en": list(
                        dict.fromkeys(f"{en} {_latin_word(rng)}" for _ in range(rng.randint(0, 3)))
                    ),
                    "ar": list(
                        dict.fromkeys(f"{ar} {_arabic_word(rng)}" for _ in range(rng.randint(0, 2)))
                    ),
                },
                "xref": {"wikidata": f"Q{rng.randint(1, 10**8)}"},
                "source": "synthetic benchmark data",
            }
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_phase(path: Path, use_cache: bool) -> dict[str, float]:
    """Load once in this process; return seconds and peak RSS in MiB."""
    from normx.gazetteer import load_gazetteers  # after the environment is set up

    start, cpu = time.perf_counter(), time.process_time()
    gaz = load_gazetteers([path], defaults=False, use_cache=use_cache)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "seconds": seconds,
        "cpu_seconds": cpu,  # the machine may be shared: CPU time is the steadier figure
        "peak_rss_mib": peak_kib / 1024,
        "records": len(gaz),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--phase", choices=["parse", "build", "warm"], help=argparse.SUPPRESS)
    parser.add_argument("--file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:  # a child run
        print(json.dumps(run_phase(args.file, use_cache=args.phase != "parse")))
        return
    with tempfile.TemporaryDirectory(prefix="normx-bench-") as tmp:
        source = Path(tmp) / "big.jsonl"
        write_gazetteer(source, args.records)
        size_mib = source.stat().st_size / (1024 * 1024)
        print(f"{args.records:,} records, {size_mib:.1f} MiB of JSONL")
        env = dict(os.environ, NORMX_CACHE_DIR=str(Path(tmp) / "cache"))
        for phase in ("parse", "build", "warm"):
            cmd = [sys.executable, __file__, "--phase", phase, "--file", str(source)]
            out = subprocess.run(cmd, env=env, check=False, capture_output=True, text=True)
            if out.returncode != 0:
                sys.exit(f"{phase} failed:\n{out.stderr[-3000:]}")
            result = json.loads(out.stdout)
            print(
                f"{phase:>5}: {result['seconds']:.3f} s ({result['cpu_seconds']:.3f} s CPU), "
                f"peak RSS {result['peak_rss_mib']:.0f} MiB"
                f" ({result['records']:,} records)"
            )


if __name__ == "__main__":
    main()
