"""Independent offset and hold-out check of a held-out article set (no normx involved).

Why a second script: build.py writes the gold from the markup, so checking the gold with
build.py's own parser would only check build.py against itself. This script re-parses
``src/*.txt`` with its own code, compares every gold row, and then checks the hold-out rules of
the set's README against the built ``gazetteer.yaml`` and the shipped ``gazetteers/``.

    .venv/bin/python tests/data/articles/check_holdout.py --folder tests/data/articles-v8

(one script for every set made this way: articles-v8, -v9, -v10)

Prints per-article counts (words, linkable / variant / nil / hard) and exits 1 on any problem.
It only reads files (PyYAML and the standard library); it never links any text.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

GOLD_FIELDS = ["start", "end", "text", "cluster", "type", "nil", "hard"]
_WORD = re.compile(r"\b[\w'’-]+\b")


def fold(s: str) -> str:
    """Spelling key: case, accents and punctuation ignored (as the README's 'up to')."""
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(ch for ch in s if ch.isalnum())


def parse(marked: str) -> tuple[str, list[tuple[int, int, str, str, bool]]]:
    """Plain text and mentions, by a scan written independently of build.py's regex."""
    text: list[str] = []
    mentions = []
    i = 0
    n = 0
    while i < len(marked):
        j = marked.find("[[", i)
        if j < 0:
            text.append(marked[i:])
            break
        text.append(marked[i:j])
        n += j - i
        k = marked.index("]]", j)
        parts = marked[j + 2 : k].split("|")
        if len(parts) not in (2, 3) or (len(parts) == 3 and parts[2] != "hard"):
            raise ValueError(f"bad markup {marked[j : k + 2]!r}")
        surface = parts[0]
        mentions.append((n, n + len(surface), surface, parts[1], len(parts) == 3))
        text.append(surface)
        n += len(surface)
        i = k + 2
    return "".join(text), mentions


def names_of(r: dict[str, Any]) -> list[str]:
    out = [v for v in (r.get("name") or {}).values() if v]
    for vals in (r.get("aliases") or {}).values():
        out += list(vals)
    return out


def load_yaml_records(path: Path) -> list[dict[str, Any]]:
    if path.is_dir():
        recs: list[dict[str, Any]] = []
        for p in sorted(path.rglob("*.y*ml")):
            recs += yaml.safe_load(p.read_text("utf-8")) or []
        return recs
    return yaml.safe_load(path.read_text("utf-8")) or []


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folder", type=Path, required=True)
    args = ap.parse_args(argv)
    folder = args.folder.resolve()
    root = folder.parents[2]
    problems: list[str] = []
    clusters = yaml.safe_load((folder / "clusters.yaml").read_text("utf-8"))
    gaz = load_yaml_records(folder / "gazetteer.yaml")
    by_id = {r["id"]: r for r in gaz}
    if len(by_id) != len(gaz):
        problems.append("duplicate ids in gazetteer.yaml")
    shipped = load_yaml_records(root / "gazetteers")

    # --- gold against an independent parse -------------------------------------------------
    all_mentions: list[tuple[str, int, int, str, str, bool]] = []
    rows_total = Counter()
    table = []
    for src in sorted((folder / "src").glob("*.txt")):
        text, mentions = parse(src.read_text("utf-8"))
        built = (folder / src.name).read_text("utf-8")
        if built != text:
            problems.append(f"{src.name}: built text differs from the independent parse")
        gold_path = (folder / src.name).with_suffix(".gold.jsonl")
        gold = [json.loads(line) for line in gold_path.read_text("utf-8").splitlines()]
        if len(gold) != len(mentions):
            problems.append(f"{src.name}: {len(gold)} gold rows, {len(mentions)} marked")
        for row, (s, e, surf, cl, hard) in zip(gold, mentions, strict=False):
            if list(row) != GOLD_FIELDS:
                problems.append(f"{src.name}: fields {list(row)}")
            c = clusters.get(cl)
            if c is None:
                problems.append(f"{src.name}: unknown cluster {cl}")
                continue
            want = [s, e, surf, cl, c["type"], bool(c.get("nil", False)), hard]
            if [row[f] for f in GOLD_FIELDS] != want:
                problems.append(f"{src.name}: row {row} != {want}")
            if built[row["start"] : row["end"]] != row["text"]:
                problems.append(f"{src.name}: offsets of {row['text']!r} do not slice")
        spans = sorted((m[0], m[1]) for m in mentions)
        for (s1, e1), (s2, _) in itertools.pairwise(spans):
            if s2 < e1:
                problems.append(f"{src.name}: overlapping mentions at {s1}-{e1} and {s2}")
        counts = Counter()
        for s, e, surf, cl, hard in mentions:
            c = clusters[cl]
            all_mentions.append((src.name, s, e, surf, cl, hard))
            if c.get("nil"):
                counts["nil"] += 1
            else:
                counts["linkable"] += 1
                if not c.get("en") or fold(surf) != fold(c["en"]):
                    counts["variant"] += 1
            counts["hard"] += hard
        counts["words"] = len(_WORD.findall(text))
        rows_total.update(counts)
        table.append((src.stem, counts))

    # --- clusters and gazetteer ------------------------------------------------------------
    used = {m[4] for m in all_mentions}
    for name, c in clusters.items():
        if name not in used:
            problems.append(f"cluster {name} is never used")
        if c.get("nil"):
            continue
        r = by_id.get(c["id"])
        if r is None:
            problems.append(f"cluster {name}: {c['id']} not in gazetteer.yaml")
            continue
        if r["name"].get("en") != c.get("en") or r["name"].get("ar") != c.get("ar"):
            problems.append(f"cluster {name}: gazetteer names differ from clusters.yaml")
        if not r.get("source"):
            problems.append(f"{r['id']}: no source")
    for r in gaz:
        if not r.get("source"):
            problems.append(f"{r['id']}: no source")

    # --- hold-out ----------------------------------------------------------------------------
    owner: dict[str, set[str]] = {}
    for r in gaz:
        for n in names_of(r):
            owner.setdefault(fold(n), set()).add(r["id"])
    shipped_keys = {fold(n) for r in shipped for n in names_of(r)}
    for fname, s, _, surf, cl, _ in all_mentions:
        c = clusters[cl]
        key = fold(surf)
        ids = owner.get(key, set())
        if c.get("nil"):
            if ids:
                problems.append(f"{fname}@{s}: nil {surf!r} spelled like {sorted(ids)}")
            if key in shipped_keys:
                problems.append(f"{fname}@{s}: nil {surf!r} spelled like a shipped name")
            continue
        others = ids - {c["id"]}
        if others:
            problems.append(f"{fname}@{s}: {surf!r} spelled like other records {sorted(others)}")
        aliases = [a for v in (by_id[c["id"]].get("aliases") or {}).values() for a in v]
        if key in {fold(a) for a in aliases}:
            problems.append(f"{fname}@{s}: {surf!r} is an alias of its own entity")

    # --- every chosen distractor made it into the gazetteer --------------------------------
    cfg = yaml.safe_load((folder / "distractors.yaml").read_text("utf-8"))
    gen = root / "gazetteers" / "generated"
    taken = {c["id"] for c in clusters.values() if "id" in c}
    expected = set()
    for name in ("persons-un", "persons-ofac"):
        expected |= {r["id"] for r in load_yaml_records(gen / f"{name}.yaml")}
    expected |= set(cfg["airports"]) | set(cfg["osm_traps"]) | {h[0] for h in cfg["hand"]}
    osm = [r for r in load_yaml_records(gen / "places-osm.yaml") if r["name"].get("en")]
    skip = set(cfg["osm_traps"]) | set(cfg["osm_excluded"])
    expected |= {r["id"] for r in [r for r in osm if r["id"] not in skip][:: cfg["osm_every"]]}
    missing = sorted(expected - taken - set(by_id))
    if missing:
        problems.append(f"distractors dropped by build.py (spelled like a mention?): {missing}")

    # --- report ------------------------------------------------------------------------------
    print("file | words | linkable / variant / nil / hard")
    for stem, c in table:
        gold_counts = f"{c['linkable']} / {c['variant']} / {c['nil']} / {c['hard']}"
        print(f"{stem} | {c['words']} | {gold_counts}")
    t = rows_total
    print(f"total | {t['words']} | {t['linkable']} / {t['variant']} / {t['nil']} / {t['hard']}")
    link = [c for c in clusters.values() if not c.get("nil")]
    nil = [c for c in clusters.values() if c.get("nil")]
    print("linkable clusters", len(link), dict(Counter(c["type"] for c in link)))
    print("nil clusters", len(nil), dict(Counter(c["type"] for c in nil)))
    print("gazetteer records", len(gaz), dict(Counter(r["type"] for r in gaz)))
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
