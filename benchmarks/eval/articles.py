"""Score ``canonicalize`` on the held-out articles in ``tests/data/articles/``.

The seed article is one text that the code has been tuned on; these four (two machine-translated
from Arabic, two wire-style) were written afterwards, with a test gazetteer that holds each
entity under one canonical name and none of the articles' spellings, so they measure whether
linking generalises. Their gold is in the seed's format, plus ``clusters.yaml`` mapping each
cluster to its gazetteer id (or nil).

The rules are the seed scorer's (``tests/resolve/seed_eval.py``), which is tied to the seed's
cluster table and so is not imported: a linkable gold mention is *found* when a linked mention
overlapping it carries its entity's id; a linked mention is *correct* when it overlaps a gold
mention of that entity. Every other linked mention is a wrong link, and is reported by kind:
a nil name linked (``nil``), the wrong entity for a gold name (``entity``), or a link where the
gold has no name at all (``spurious``). Misses are reported with what was predicted there.

    .venv/bin/python -m benchmarks.eval.articles              # per article and overall
    .venv/bin/python -m benchmarks.eval.articles --no-hard    # hard gold mentions left out
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from normx.resolve.document import Document, Mention
from normx.text.latin import fold

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"


@dataclass(frozen=True)
class Gold:
    """One gold mention; ``id`` is the entity's gazetteer id, ``None`` for a nil name."""

    start: int
    end: int
    text: str
    cluster: str
    type: str
    nil: bool
    hard: bool
    id: str | None
    variant: bool  # linkable, and not the canonical name up to case, accents and punctuation


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    gold: tuple[Gold, ...]


@dataclass(frozen=True)
class Miss:
    gold: Gold
    predicted: tuple[Mention, ...]  # mentions overlapping the gold span (linked or not)


@dataclass(frozen=True)
class WrongLink:
    mention: Mention
    kind: str  # "nil" | "entity" | "spurious"
    gold: Gold | None


@dataclass(frozen=True)
class Scores:
    """Counts for one article or several; precision and recall as the seed scorer has them."""

    name: str
    gold: int  # linkable gold mentions scored
    found: int
    gold_variant: int  # of which not spelled as the canonical name
    found_variant: int
    linked: int  # linked mentions scored
    correct: int
    nil_gold: int
    missed: tuple[Miss, ...]
    wrong: tuple[WrongLink, ...]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 1.0

    @property
    def variant_recall(self) -> float:
        return self.found_variant / self.gold_variant if self.gold_variant else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.linked if self.linked else 1.0

    @property
    def nil_linked(self) -> int:
        return sum(w.kind == "nil" for w in self.wrong)


def load_clusters(path: Path = ARTICLES / "clusters.yaml") -> dict[str, tuple[str, str] | None]:
    """Cluster name -> (gazetteer id, canonical English name), ``None`` for nil clusters."""
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: (None if c.get("nil") else (c["id"], c["en"])) for name, c in table.items()}


def name_key(name: str) -> str:
    """Case, accents, apostrophes, hyphens and spaces folded away: "Es-Sider" ~ "Es Sider"."""
    return "".join(ch for ch in fold(name) if ch.isalnum())


def load_articles(folder: Path = ARTICLES) -> list[Article]:
    ids = load_clusters(folder / "clusters.yaml")
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold_path = txt.with_suffix(".gold.jsonl")
        if not gold_path.exists():
            continue
        gold = []
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                entity = ids[g["cluster"]]
                gold.append(
                    Gold(
                        g["start"],
                        g["end"],
                        g["text"],
                        g["cluster"],
                        g["type"],
                        g["nil"],
                        g["hard"],
                        entity[0] if entity else None,
                        bool(entity) and name_key(g["text"]) != name_key(entity[1]),
                    )
                )
        out.append(Article(txt.stem, txt.read_text(encoding="utf-8"), tuple(gold)))
    return out


def _overlaps(m: Mention, g: Gold) -> bool:
    return m.start < g.end and g.start < m.end


def score(doc: Document, article: Article, *, include_hard: bool = True) -> Scores:
    """Score one canonicalized article; hard gold mentions can be left out of both sides."""
    linked = [m for m in doc.mentions if m.id is not None]
    scored = [g for g in article.gold if include_hard or not g.hard]
    gold = [g for g in scored if not g.nil]
    missed = []
    for g in gold:
        if not any(m.id == g.id and _overlaps(m, g) for m in linked):
            missed.append(Miss(g, tuple(m for m in doc.mentions if _overlaps(m, g))))
    correct = 0
    counted = 0
    wrong = []
    for m in linked:
        hits = [g for g in article.gold if _overlaps(m, g)]
        if hits and not include_hard and all(g.hard for g in hits):
            continue  # a link inside a left-out hard mention is neither right nor wrong
        counted += 1
        if any(g.id == m.id for g in hits if not g.nil):
            correct += 1
        elif not hits:
            wrong.append(WrongLink(m, "spurious", None))
        elif any(g.nil for g in hits):
            wrong.append(WrongLink(m, "nil", next(g for g in hits if g.nil)))
        else:
            wrong.append(WrongLink(m, "entity", hits[0]))
    missed_variant = sum(m.gold.variant for m in missed)
    return Scores(
        article.name,
        gold=len(gold),
        found=len(gold) - len(missed),
        gold_variant=sum(g.variant for g in gold),
        found_variant=sum(g.variant for g in gold) - missed_variant,
        linked=counted,
        correct=correct,
        nil_gold=sum(g.nil for g in scored),
        missed=tuple(missed),
        wrong=tuple(wrong),
    )


def total(scores: Iterable[Scores]) -> Scores:
    items = list(scores)
    return Scores(
        "overall",
        gold=sum(s.gold for s in items),
        found=sum(s.found for s in items),
        gold_variant=sum(s.gold_variant for s in items),
        found_variant=sum(s.found_variant for s in items),
        linked=sum(s.linked for s in items),
        correct=sum(s.correct for s in items),
        nil_gold=sum(s.nil_gold for s in items),
        missed=tuple(m for s in items for m in s.missed),
        wrong=tuple(w for s in items for w in s.wrong),
    )


def _pred(ms: Sequence[Mention]) -> str:
    if not ms:
        return "not detected"
    return ", ".join(f"{m.text!r} -> {m.id} ({m.method})" for m in ms)


def summary_line(s: Scores) -> str:
    return (
        f"{s.name:16s} R={s.recall:.3f} ({s.found}/{s.gold})  P={s.precision:.3f} "
        f"({s.correct}/{s.linked})  nil linked {s.nil_linked}/{s.nil_gold}  "
        f"variant R={s.variant_recall:.3f} ({s.found_variant}/{s.gold_variant})"
    )


def report(s: Scores) -> str:
    lines = [summary_line(s)]
    for miss in s.missed:
        g = miss.gold
        tag = f"{g.cluster}{', hard' if g.hard else ''}"
        lines.append(f"    missed {g.text!r} @{g.start} ({tag}): {_pred(miss.predicted)}")
    for w in s.wrong:
        m = w.mention
        what = f"gold {w.gold.cluster}" if w.gold else "no gold name"
        lines.append(f"    wrong[{w.kind}] {m.text!r} @{m.start} -> {m.id} ({m.method}; {what})")
    return "\n".join(lines)


def evaluate(
    gazetteer: Path = ARTICLES / "gazetteer.yaml",
    folder: Path = ARTICLES,
    *,
    include_hard: bool = True,
) -> list[Scores]:
    """Per-article scores with ``Normalizer.load([gazetteer], defaults=False)``."""
    from normx.api import Normalizer

    nz = Normalizer.load([gazetteer], defaults=False, use_cache=False)
    return [
        score(nz.canonicalize(a.text), a, include_hard=include_hard) for a in load_articles(folder)
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="canonicalize on the held-out articles")
    parser.add_argument("--gazetteer", type=Path, default=ARTICLES / "gazetteer.yaml")
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--no-hard", action="store_true", help="leave hard gold mentions out")
    args = parser.parse_args(argv)
    scores = evaluate(args.gazetteer, args.articles, include_hard=not args.no_hard)
    for s in scores:
        print(report(s))
    print(summary_line(total(scores)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
