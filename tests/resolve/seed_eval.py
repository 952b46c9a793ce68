"""Scoring canonicalization against the seed article's gold mentions, per cluster.

Gold mentions carry a cluster name; :data:`CLUSTER_IDS` maps each linkable cluster to its id in
``tests/data/seed/gazetteer.yaml``. A gold mention is found when a predicted mention overlapping
it links to the cluster's entity; a predicted link is correct when it overlaps a gold mention
of the same entity. Nil gold mentions count against precision when linked to anything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from normx.resolve.document import Document, Mention

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = next((ROOT / "seeds").glob("000_*.txt"))
SEED_GOLD = SEED_TEXT.with_suffix(".gold.jsonl")
SEED_GAZETTEER = ROOT / "tests" / "data" / "seed" / "gazetteer.yaml"

CLUSTER_IDS = {
    "libya": "loc:libya",
    "tripoli": "loc:tripoli",
    "ankara": "loc:ankara",
    "turkey": "loc:turkey",
    "sirte": "loc:sirte",
    "benghazi": "loc:benghazi",
    "jufra": "loc:al-jufrah",
    "abuqurayn": "loc:abu-qurayn",
    "washka": "loc:al-washka",
    "shwayrif": "loc:ash-shwayrif",
    "haftar": "per:khalifa-haftar",
    "mishri": "per:khalid-al-mishri",
    "akar": "per:hulusi-akar",
    "nimrush": "per:salah-al-din-al-namroush",
    "bashagha": "per:fathi-bashagha",
    "guler": "per:yasar-guler",
    "dundar": "per:umit-dundar",
    "ozbal": "per:adnan-ozbal",
    "aksen": "per:serhat-aksen",
    "gna": "org:gna",
    "hcs": "org:high-council-of-state",
    "hor": "org:house-of-representatives",
    "jmc": "org:joint-military-commission",
    "opsroom": "org:sirte-jufra-operations-room",
    "unsmil": "org:unsmil",
    "tpf": "org:tripoli-protection-force",
    "wagner": "org:wagner-group",
    "aljazeera": "org:al-jazeera",
}


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    cluster: str
    nil: bool
    hard: bool


def load_gold() -> list[Gold]:
    out = []
    for line in SEED_GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            out.append(Gold(g["start"], g["end"], g["text"], g["cluster"], g["nil"], g["hard"]))
    return out


def _overlap(a: Mention, g: Gold) -> bool:
    return a.start < g.end and g.start < a.end


@dataclass(frozen=True)
class Scores:
    tp: int
    fp: int
    fn: int
    missed: tuple[Gold, ...]
    wrong: tuple[Mention, ...]
    per_cluster: dict[str, tuple[float, float, float]]
    exact_offsets: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score(doc: Document, gold: list[Gold], *, include_hard: bool = True) -> Scores:
    linked = [m for m in doc.mentions if m.id is not None]
    golds = [g for g in gold if include_hard or not g.hard]
    found: list[Gold] = []
    missed: list[Gold] = []
    for g in golds:
        if g.nil:
            continue
        want = CLUSTER_IDS[g.cluster]
        if any(m.id == want and _overlap(m, g) for m in linked):
            found.append(g)
        else:
            missed.append(g)
    wrong: list[Mention] = []
    correct = 0
    for m in linked:
        hits = [g for g in gold if _overlap(m, g)]
        if any(not g.nil and CLUSTER_IDS[g.cluster] == m.id for g in hits):
            correct += 1
        elif hits and all(g.hard and not include_hard for g in hits):
            continue
        else:
            wrong.append(m)
    per: dict[str, tuple[float, float, float]] = {}
    for cluster, cid in CLUSTER_IDS.items():
        gs = [g for g in golds if g.cluster == cluster]
        if not gs:
            continue
        r = sum(g in found for g in gs) / len(gs)
        preds = [m for m in linked if m.id == cid]
        ok = [m for m in preds if any(_overlap(m, g) for g in gs)]
        p = len(ok) / len(preds) if preds else 1.0
        per[cluster] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    exact = sum(any(m.start == g.start and m.end == g.end for m in linked) for g in found)
    return Scores(len(found), len(wrong), len(missed), tuple(missed), tuple(wrong), per, exact)


def report(s: Scores) -> str:
    lines = [
        f"P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f} (tp={s.tp} fp={s.fp} fn={s.fn}"
        f", exact offsets {s.exact_offsets}/{s.tp})"
    ]
    for cluster, (p, r, f) in sorted(s.per_cluster.items()):
        lines.append(f"  {cluster:12s} P={p:.2f} R={r:.2f} F1={f:.2f}")
    lines += [
        f"  missed: {g.text!r} @{g.start} ({g.cluster}{', hard' if g.hard else ''})"
        for g in s.missed
    ]
    lines += [f"  wrong: {m.text!r} @{m.start} -> {m.id}" for m in s.wrong]
    return "\n".join(lines)
