"""Build the held-out matcher evaluation sets from the reference data in shared/data.

Usage (from the repository root)::

    .venv/bin/python -m benchmarks.eval.build_sets [--data DIR] [--out DIR] [--sets a,b]

Each set is written to ``<out>/<set>/`` as ``gazetteer.jsonl`` (normx record contract),
``queries.tsv`` (``query<TAB>gold_id<TAB>kind``) and ``stats.json``; the person sets also get
``countries.json`` (which gold persons are Libyan, see ``countries.py``).  The output folder is
git-ignored: some sets derive from ANETAC (licence unclear, evaluation only) and must never be
committed or shipped.

Sets (construction and limits in the docstrings of ``persons.py`` and ``towns.py``):

persons-latin    UN + OFAC alias clusters and the Gaddafi spellings vs 40,000 persons (Latin+Arabic)
persons-xscript  the same entities, gazetteer holding only Arabic names; Latin queries
gaddafi          the 141 Gaddafi spellings vs the persons-latin gazetteer
towns-libya      other Latin names of Libyan OSM places vs Libya's places (English+Arabic)
towns-arab       the same queries vs Libya's places + distractor places of the Arab world
towns-xscript    Libya's places with only Arabic names; all their Latin names as queries
persons-fr       French spellings (attested + rule-based respellings) vs persons-latin's gazetteer
persons-fr-xscript  the same spellings vs persons-xscript's gazetteer (Arabic names only)

Held-out rule, enforced for every set (``setio.hold_out``): no query spelling (case- and
accent-folded) is a name of any record in its gazetteer, and every gold id exists.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval import countries  # noqa: E402
from benchmarks.eval.persons import build_person_sets  # noqa: E402
from benchmarks.eval.persons_fr import french_sets  # noqa: E402
from benchmarks.eval.setio import SET_NAMES, WORK_DIR, EvalSet, write_set  # noqa: E402
from benchmarks.eval.towns import build_town_sets  # noqa: E402

DEFAULT_OUT = WORK_DIR


def build(data: Path, wanted: set[str], persons_total: int = 40_000) -> list[EvalSet]:
    """The requested sets, built in memory."""
    out: list[EvalSet] = []
    if wanted & {"persons-latin", "persons-xscript", "gaddafi", "persons-fr", "persons-fr-xscript"}:
        out += build_person_sets(data, total=persons_total)
    if wanted & {"persons-fr", "persons-fr-xscript"}:
        by_name = {s.name: s for s in out}
        out += french_sets(by_name["persons-latin"], by_name["persons-xscript"], data=data)
    if wanted & {"towns-libya", "towns-arab", "towns-xscript"}:
        out += build_town_sets(data)
    return [s for s in out if s.name in wanted]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--sets", default=",".join(SET_NAMES), help="comma-separated set names")
    parser.add_argument("--persons", type=int, default=40_000, help="persons gazetteer size")
    args = parser.parse_args(argv)
    wanted = {s.strip() for s in args.sets.split(",") if s.strip()}
    unknown = wanted - set(SET_NAMES)
    if unknown:
        parser.error(f"unknown set(s) {sorted(unknown)}; known: {', '.join(SET_NAMES)}")
    if not args.data.is_dir():
        parser.error(f"data folder not found: {args.data}")
    args.out.mkdir(parents=True, exist_ok=True)
    ignore = args.out / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*\n", encoding="utf-8")
    t0 = time.perf_counter()
    known: dict[str, countries.CountryTag] | None = None
    for es in build(args.data, wanted, args.persons):
        folder = write_set(es, args.out)
        if es.name in countries.PERSON_SETS:  # the gold persons' countries, for --by-country
            known = countries.all_tags(args.data) if known is None else known
            countries.write_sidecar(
                folder, countries.gold_tags((q.gold for q in es.queries), known)
            )
        dropped = ", ".join(f"{k}: {v}" for k, v in es.stats["dropped_queries"].items()) or "none"
        print(
            f"{es.name:16} {es.stats['records']:6d} records {es.stats['queries']:5d} queries "
            f"{es.stats['gold_entities']:4d} gold entities  (dropped: {dropped})  -> {folder}"
        )
    print(f"built in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
