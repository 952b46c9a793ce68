"""Build the held-out articles, their gold mentions and their test gazetteer from the sources.

Why a build step: gold offsets typed by hand drift as soon as a word is edited, so each article
is written once, in ``src/<name>.txt``, with its gold mentions marked inline as
``[[mention|cluster]]`` or ``[[mention|cluster|hard]]``; this script strips the markup and writes
``<name>.txt`` and ``<name>.gold.jsonl`` in the seed article's format (``start``, ``end``,
``text``, ``cluster``, ``type``, ``nil``, ``hard``; Python ``str`` offsets). ``clusters.yaml``
says which entity each cluster is (or that it is nil: in no gazetteer).

``gazetteer.yaml`` holds each linkable cluster's entity under its one canonical name with no
aliases (hold-out: no spelling of the articles may be planted in it) -- a cluster may add a
``source`` and a few ``aliases`` that a real source attests (refused if spelled like any
mention; only articles-v6 uses them) -- followed by distractors:
canonical names only of other persons, places and airfields from ``gazetteers/generated``
(UN/OFAC lists, OpenStreetMap, airportsdata) and hand-written real bodies, persons and places.

    .venv/bin/python tests/data/articles/build.py            # write articles, gold, gazetteer
    .venv/bin/python tests/data/articles/build.py --check    # fail if articles/gold are stale
    .venv/bin/python tests/data/articles/build.py --folder tests/data/articles-fresh   # another set

A folder holds ``src/``, ``clusters.yaml`` and ``distractors.yaml`` (which generated records and
hand-written ones serve as its distractors); the build writes the rest.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
GENERATED = ROOT / "gazetteers" / "generated"

_MARK = re.compile(r"\[\[([^\[\]|]+)\|([a-z0-9]+)(\|hard)?\]\]")


def strip_markup(marked: str) -> tuple[str, list[tuple[int, int, str, str, bool]]]:
    """Plain text and its marked mentions as ``(start, end, text, cluster, hard)``."""
    out: list[str] = []
    mentions = []
    pos = 0
    length = 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        surface = m.group(1)
        mentions.append((length, length + len(surface), surface, m.group(2), bool(m.group(3))))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        raise ValueError(f"malformed markup near: {text[text.find('[[') :][:60]!r}")
    return text, mentions


def load_clusters(folder: Path = HERE) -> dict[str, dict[str, Any]]:
    return yaml.safe_load((folder / "clusters.yaml").read_text(encoding="utf-8"))


def gold_lines(marked: str, clusters: dict[str, dict[str, Any]]) -> tuple[str, list[str]]:
    """The article text and its gold JSONL lines, in the seed's field order."""
    text, mentions = strip_markup(marked)
    lines = []
    for start, end, surface, cluster, hard in mentions:
        if cluster not in clusters:
            raise KeyError(f"unknown cluster {cluster!r} for {surface!r}")
        c = clusters[cluster]
        row = {
            "start": start,
            "end": end,
            "text": surface,
            "cluster": cluster,
            "type": c["type"],
            "nil": bool(c.get("nil", False)),
            "hard": hard,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return text, lines


def built_articles(folder: Path = HERE) -> dict[Path, str]:
    """Every file the articles build writes, path -> content."""
    clusters = load_clusters(folder)
    files: dict[Path, str] = {}
    for src in sorted((folder / "src").glob("*.txt")):
        text, lines = gold_lines(src.read_text(encoding="utf-8"), clusters)
        files[folder / src.name] = text
        files[(folder / src.name).with_suffix(".gold.jsonl")] = "\n".join(lines) + "\n"
    return files


# --- the gazetteer -------------------------------------------------------------------------


def load_distractors(folder: Path = HERE) -> dict[str, Any]:
    """The folder's distractor choice (``distractors.yaml``, see the module docstring)."""
    return yaml.safe_load((folder / "distractors.yaml").read_text(encoding="utf-8"))


def _q(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def _record(
    rid: str,
    typ: str,
    en: str | None,
    ar: str | None,
    source: str | None = None,
    aliases: dict[str, list[str]] | None = None,
) -> str:
    names = ", ".join(f"{k}: {_q(v)}" for k, v in (("en", en), ("ar", ar)) if v)
    lines = [f"- id: {rid}", f"  type: {typ}", f"  name: {{{names}}}"]
    if aliases:
        listed = ", ".join(f"{k}: [{', '.join(_q(a) for a in v)}]" for k, v in aliases.items())
        lines.append(f"  aliases: {{{listed}}}")
    if source:
        lines.append(f"  source: {_q(source)}")
    return "\n".join(lines)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.casefold())
    return "".join(ch for ch in s if ch.isalnum())


def _generated(name: str) -> list[dict[str, Any]]:
    return yaml.safe_load((GENERATED / f"{name}.yaml").read_text(encoding="utf-8"))


def distractors(taken_ids: set[str], mention_keys: set[str], config: dict[str, Any]) -> list[str]:
    """Distractor records: never an article's entity, never named like a mention."""
    picked: list[tuple[str, str, str | None, str | None, str]] = []
    for name in ("persons-un", "persons-ofac"):
        for r in _generated(name):
            src = f"gazetteers/generated/{name}.yaml (canonical name only)"
            picked.append((r["id"], r["type"], r["name"].get("en"), r["name"].get("ar"), src))
    airports = {r["id"]: r for r in _generated("airports")}
    for rid in config["airports"]:
        r = airports[rid]
        src = "gazetteers/generated/airports.yaml (airportsdata, MIT; canonical name only)"
        picked.append((rid, r["type"], r["name"].get("en"), r["name"].get("ar"), src))
    osm = [r for r in _generated("places-osm") if r["name"].get("en")]
    by_id = {r["id"]: r for r in osm}
    traps, excluded = config["osm_traps"], config["osm_excluded"]
    rest = [r for r in osm if r["id"] not in traps and r["id"] not in excluded]
    chosen = [by_id[i] for i in traps] + rest[:: config["osm_every"]]
    src = (
        "gazetteers/generated/places-osm.yaml"
        " (© OpenStreetMap contributors, ODbL; canonical name only)"
    )
    picked += [(r["id"], r["type"], r["name"].get("en"), r["name"].get("ar"), src) for r in chosen]
    picked += [(i, t, en, ar, "hand-written distractor") for i, t, en, ar in config["hand"]]
    out = []
    seen = set(taken_ids)
    for rid, typ, en, ar, src in picked:
        if rid in seen or (en and _fold(en) in mention_keys):
            continue
        seen.add(rid)
        out.append(_record(rid, typ, en, ar, src))
    return out


GAZETTEER_HEADER = """\
# Held-out test gazetteer for the articles in this folder (generated by build.py from
# clusters.yaml; do not edit by hand). Each linkable entity is held under ONE canonical name
# (Wikipedia title, or the GeoNames/OSM form for places) and its Arabic name, with {aliases}:
# none of the articles' spellings may be planted here ({checked_by}).
# Then distractors: canonical names of other persons, places and bodies, several close to the
# articles' names. OSM-derived names: © OpenStreetMap contributors, ODbL 1.0.
"""


def built_gazetteer(folder: Path = HERE) -> str:
    clusters = load_clusters(folder)
    config = load_distractors(folder)
    linkable = [c for c in clusters.values() if not c.get("nil", False)]
    records = [
        _record(c["id"], c["type"], c["en"], c["ar"], c.get("source"), c.get("aliases"))
        for c in linkable
    ]
    keys = set()
    for src in (folder / "src").glob("*.txt"):
        _, mentions = strip_markup(src.read_text(encoding="utf-8"))
        keys |= {_fold(m[2]) for m in mentions}
    # Optional aliases (clusters.yaml ``aliases``) must be attested by a real source; an alias
    # spelled like any mention of the articles would plant a test spelling, so it is refused.
    aliases_of = [a for c in linkable for v in (c.get("aliases") or {}).values() for a in v]
    planted = [a for a in aliases_of if _fold(a) in keys]
    if planted:
        raise ValueError(f"aliases spelled like an article mention: {planted}")
    taken = {c["id"] for c in clusters.values() if "id" in c}
    extra = distractors(taken, keys, config)
    with_aliases = any(c.get("aliases") for c in linkable)
    aliases = (
        "no aliases but a few that a real source attests (clusters.yaml)"
        if with_aliases
        else "NO aliases"
    )
    header = GAZETTEER_HEADER.format(checked_by=config["checked_by"], aliases=aliases)
    return header + "\n".join([*records, "# --- distractors ---", *extra]) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if articles/gold are stale")
    parser.add_argument("--folder", type=Path, default=HERE, help="the article set to build")
    args = parser.parse_args(argv)
    folder = args.folder.resolve()
    files = built_articles(folder)
    if args.check:
        stale = [p for p, s in files.items() if not p.exists() or p.read_text("utf-8") != s]
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    files[folder / "gazetteer.yaml"] = built_gazetteer(folder)
    for path, content in files.items():
        path.write_text(content, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
