"""Sort the wrong top-1 answers of ``run_eval --errors FILE`` into exclusive kinds, read off
normx's own alignment of the query with the gold entity's best name and the predicted one's.

Usage (from the repository root, after ``build_sets``)::

    .venv/bin/python -m benchmarks.eval.error_kinds errors.tsv [--sets persons-latin,...]
        [--examples 3]

``error_report.py`` tags each error with every string-level category that applies (crude
consonant skeletons, overlapping counts); this script gives each error one kind, the first that
applies in the order below, so the counts add up and say which errors a ranker could fix:

A  one-part query: a bare surname, "Abu X", "Abdur Rahman" (no more than one part that is not
   Abu): every holder of that part is a namesake, and nothing in the string tells them apart;
B  other name: under half of the query's parts pair (similarity >= :data:`SPELLS`) with the
   gold's best name: an alias that is not a spelling of the gazetteer's name;
C  half the query's parts pair with the gold's name and a namesake scores higher: the alias
   adds a part (a family or tribal name) the gazetteer's name lacks;
G  the gold's best name scores at least as much as the prediction: candidate generation or
   pruning left it out (``Matcher.candidate_names``), or a tie broken by id;
D  some query parts do not pair with the gold's name, and the namesake pairs more of them;
E  some query parts do not pair with the gold's name, and the namesake pairs as many or fewer
   yet scores higher (looser pairs, or pairs across scripts);
F1 every query part pairs with the gold's name, but a namesake with fewer unpaired name parts
   wins (name coverage);
F2 every query part pairs with the gold's name, and a namesake wins on similarity or order.

The last column counts the errors whose prediction is a real sanctions record (not a synthetic
distractor): some are the gold person's unmerged duplicate or a relative (``persons.py``).
Scores are :func:`normx.match.score.score_tokens` over each of the entity's names (the best
one), with the index's token weights, without the matcher's calibration.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval.setio import WORK_DIR  # noqa: E402
from normx.match.index import IndexedName, NameIndex  # noqa: E402
from normx.match.matcher import _Query  # noqa: E402
from normx.match.score import NameScore, score_tokens  # noqa: E402
from normx.text.normalize import ABU  # noqa: E402

SPELLS = 0.8  # a pair at least this alike counts as the query part spelling the name part

KINDS = {
    "A": "one-part query (surname, Abu X): namesakes tie",
    "B": "other name: under half the query parts spell the gold name",
    "C": "alias adds a part the gazetteer name lacks (half the parts), a namesake scores higher",
    "G": "gold scores >= prediction: candidate generation / pruning / tie",
    "D": "some query parts absent from the gold name, the namesake pairs more",
    "E": "some query parts absent from the gold name, the namesake pairs as many, scores higher",
    "F1": "all query parts spell the gold name, a namesake with fewer unpaired parts wins",
    "F2": "all query parts spell the gold name, a namesake wins on similarity / order",
}


@dataclass(frozen=True)
class Scored:
    """An entity's best name for a query and its score."""

    score: NameScore
    name: IndexedName


class EntityScorer:
    """Scores a query against every name of one entity of an index (the best one wins)."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self.entity_of = {rec.id: i for i, rec in enumerate(index.records)}
        self.names_of: dict[int, list[IndexedName]] = defaultdict(list)
        for name in index.names:
            self.names_of[name.entity].append(name)

    def best(self, query: _Query, rid: str) -> Scored | None:
        entity = self.entity_of.get(rid)
        out: Scored | None = None
        for name in self.names_of.get(entity, []) if entity is not None else []:
            sc = score_tokens(
                query.core,
                name.tokens,
                cross_script=(name.lang == "ar") != query.arabic,
                person=self.index.records[entity].type == "PER",
                weigh=self.index.weights,
            )
            if out is None or sc.score > out.score.score:
                out = Scored(sc, name)
        return out


def kind_of(query: _Query, gold: Scored | None, pred: Scored | None) -> str:
    """The kind of one wrong answer (see the module docstring)."""
    content = [i for i, t in enumerate(query.core) if t.kind != ABU]
    if len(content) <= 1:
        return "A"
    if gold is None or pred is None:
        return "G"
    g_pairs = {p.qi for p in gold.score.pairs if p.sim >= SPELLS}
    p_pairs = {p.qi for p in pred.score.pairs if p.sim >= SPELLS}
    spelled = sum(1 for i in content if i in g_pairs)
    if 2 * spelled < len(content):
        return "B"
    if gold.score.score >= pred.score.score - 1e-9:
        return "G"
    if 2 * spelled == len(content):
        return "C"
    if len(g_pairs) < len(query.core):
        return "D" if len(p_pairs) > len(g_pairs) else "E"
    return "F1" if len(gold.name.tokens) > len(pred.name.tokens) else "F2"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("errors", type=Path)
    parser.add_argument("--sets", default="", help="comma-separated (default: every person set)")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--work", type=Path, default=WORK_DIR)
    args = parser.parse_args(argv)
    from normx.api import Normalizer

    with args.errors.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    wanted = {s for s in args.sets.split(",") if s}
    by_set: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        if (row["set"] in wanted) if wanted else not row["set"].startswith("towns"):
            by_set[row["set"]].append(row)
    for set_name, items in by_set.items():
        nz = Normalizer.load(
            gazetteers=[args.work / set_name / "gazetteer.jsonl"], defaults=False, inherit=False
        )
        scorer = EntityScorer(nz.index)
        counts: Counter[str] = Counter()
        real: Counter[str] = Counter()
        examples: dict[str, list[str]] = defaultdict(list)
        for row in items:
            query = _Query(row["query"])
            gold = scorer.best(query, row["gold_id"])
            pred = scorer.best(query, row["pred_id"]) if row["pred_id"] else None
            kind = kind_of(query, gold, pred)
            counts[kind] += 1
            real[kind] += bool(row["pred_id"]) and not row["pred_id"].startswith(("syn:", "dis:"))
            if len(examples[kind]) < args.examples:
                examples[kind].append(f"{row['query']} -> {row['pred_name']}; {row['gold_name']}")
        print(f"\n{set_name}: {len(items)} wrong top-1 answers\n")
        print("| kind | n | real record predicted | examples (query -> predicted; gold) |")
        print("|---|---:|---:|---|")
        for kind, n in counts.most_common():
            ex = " / ".join(examples[kind])
            print(f"| {kind} {KINDS[kind]} | {n} | {real[kind]} | {ex} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
