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

Distractor pressure (the set's small test gazetteer is not what a user loads)::

    ... --gazetteer tests/data/SET/gazetteer.yaml [--gazetteer MORE.yaml] [--defaults]
        [--distractors 40000] [--workdir DIR] [--wrong-list]

The first ``--gazetteer`` is the set's own; the others, the shipped gazetteers (``--defaults``)
and ``--distractors N`` synthetic records (the generator of ``benchmarks/bench_match.py``, the
40,000-entity gazetteer of ``benchmarks/bench_canonicalize.py``: Arab full names from real name
parts, N // 10 of them places; cached in ``--workdir``) are *extra* records, filtered against
the set before loading (:func:`filter_extras`, counts printed per reason):

* a record with an id of the set's gazetteer is dropped (the set's record is the entity);
* a record of the same type whose Arabic name equals a set record's Arabic name (normalised) is
  the same entity or a namesake no reader could tell apart: dropped; so is one whose Arabic and
  English names both equal names the set record *inherits* from the shipped record of its id
  (:func:`inherited_names`): the set's Umm Sa'ad (أم ساعد) answers to the shipped aliases
  "Musaid" and امساعد, and the generated "Musaid" (امساعد) is the OpenStreetMap node that
  shipped record merges, the same town (counted apart; session 17, benchmarks/README.md);
* a record whose English name or alias equals a gold mention's spelling or a set entity's
  canonical name (case, accents and punctuation folded) is a *true ambiguity*: the text says
  exactly that name, and the gazetteer holds two things so named (or holds the gold's nil name).
  Linking it is not an error the resolver could avoid without knowledge outside the text, so
  these records are dropped and counted ("equal to a gold spelling") rather than scored.

``--as-user`` measures instead what a user runs: the set's gazetteer under ids of its own
(``loc:u-tripoli``, so nothing collides with the shipped ids) loaded with the shipped
gazetteers the normal way (``Normalizer.load([gazetteer])``: alias inheritance, the shipped
duplicate of each identified entity left out), and the ``u-`` taken off the mentions' ids
before scoring. ``--defaults`` differs from that: the shipped records there are extras loaded
as the user's own, those with a set id are dropped whole (their names are lost unless
inherited), and nothing is shadowed.

Spellings differ, so real entities the extras hold under another spelling are not filtered:
a place the set's gold calls nil but the shipped or generated places hold (Tajarhi ~ Tajerhi,
Al-Furnaj ~ Al Firnaj), or one place under two ids (Asbi'a / Assabaa). Links to them are
listed as wrong; read ``--wrong-list`` before taking every one for a resolver error.

Everything else stays: namesakes sharing a surname or a given name with the document's people,
places whose names contain the articles' words, other persons holding a one-word mention's name
as one of their parts: that is the pressure being measured. Records are written as one JSONL
per set into the workdir and loaded with the index cache, kept in ``WORKDIR/cache`` unless
``$NORMX_CACHE_DIR`` says otherwise (the default mode is unchanged:
``Normalizer.load([set gazetteer], defaults=False, use_cache=False)``).

``--backtranslate`` (or ``--mt-model DIR``) loads the back-transliteration model once and gives
it to every normalizer the run loads (issue 5); its cost is printed after the scores
(:mod:`benchmarks.eval.bt_cost`). ``benchmarks/eval/bt_diff.py`` runs a set without and with it
on one loaded normalizer and lists the mentions that differ.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from benchmarks.eval.bt_cost import BtCost
from normx.gazetteer.schema import Record
from normx.resolve.document import Document, Mention
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.api import Normalizer

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles"
WORKDIR = ROOT / "benchmarks" / "eval" / "work" / "distractors"
DATA = ROOT.parent / "shared" / "data"


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


# --- distractor pressure ------------------------------------------------------------------------
def distractor_file(n: int, workdir: Path = WORKDIR, data: Path = DATA) -> Path:
    """The cached JSONL of ``n`` synthetic records (``n // 10`` places), generated once."""
    from benchmarks.bench_match import write_gazetteer

    if not data.is_dir():
        # a worktree outside the checkout's parent has no ../shared: say so, never measure
        # against an empty file of "distractors" as if it were the 40,000
        raise SystemExit(f"error: no data folder {data} to generate distractors from")
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"synthetic-{n}-{n // 10}.jsonl"
    if not path.exists() or path.stat().st_size == 0:
        tmp = path.with_suffix(".tmp")
        if write_gazetteer(tmp, data, n, n // 10) == 0:
            raise SystemExit(f"error: {data} gave no distractor records")
        tmp.replace(path)
    return path


def _read_records(paths: Sequence[Path], *, defaults: bool) -> list[Record]:
    from normx.gazetteer import load_gazetteers

    if not paths and not defaults:
        return []
    return list(load_gazetteers(list(paths), defaults=defaults).records)


def filter_extras(
    own: Sequence[Record],
    extras: Iterable[Record],
    articles: Sequence[Article],
    inherited: Iterable[tuple[str, str, str]] = (),
) -> tuple[list[Record], Counter[str], list[str]]:
    """The extra records kept, the count dropped per reason, and the dropped names that equal
    a gold spelling (the true ambiguities; see the module docstring). *inherited*: (record id,
    language, name) of the names the set's records inherit (:func:`inherited_names`)."""
    ids = {r.id for r in own}
    same_place = _inherited_places(own, inherited)
    arabic = {(r.type, normalize_arabic(n)) for r in own for n in r.names("ar") if n}
    spellings = {name_key(g.text) for a in articles for g in a.gold}
    spellings |= {name_key(n) for r in own for n in r.names("en") if n}
    spellings.discard("")
    kept: list[Record] = []
    dropped: Counter[str] = Counter()
    ambiguous: list[str] = []
    seen: set[str] = set()
    for r in extras:
        if r.id in ids or r.id in seen:
            dropped["id of the set's gazetteer (or repeated)"] += 1
        elif any((r.type, normalize_arabic(n)) in arabic for n in r.names("ar") if n):
            dropped["same type and Arabic name as a set record"] += 1
        elif _inherited_place(r, same_place):
            dropped["same place as a set record's inherited names (Arabic and English)"] += 1
        elif any(name_key(n) in spellings for n in r.names("en") if n):
            dropped["equal to a gold spelling or set name (true ambiguity)"] += 1
            ambiguous.append(f"{r.id} {r.canonical!r}")
        else:
            kept.append(r)
            seen.add(r.id)
    return kept, dropped, ambiguous


def inherited_names(gazetteer: Path) -> list[tuple[str, str, str]]:
    """(record id, language, name) of each name the set's records inherit when the set's
    gazetteer is loaded alone, as in the plain run (:mod:`normx.gazetteer.inherit`)."""
    from normx.api import Normalizer

    nz = Normalizer.load([gazetteer], defaults=False, use_cache=False)
    return [(n.record_id, n.lang, n.text) for n in nz.inheritance.names]


def _inherited_places(
    own: Sequence[Record], inherited: Iterable[tuple[str, str, str]]
) -> set[tuple[str, str, str]]:
    """(type, Arabic name, English name key) that name a set record: each Arabic name it
    inherits with each of its English names, its own or inherited."""
    by_id = {r.id: r for r in own}
    arabic: dict[str, set[str]] = {}
    english = {r.id: {name_key(n) for n in r.names("en") if n} for r in own}
    for rid, lang, text in inherited:
        if rid not in by_id or not text:
            continue
        if lang == "ar":
            arabic.setdefault(rid, set()).add(normalize_arabic(text))
        else:
            english[rid].add(name_key(text))
    return {
        (by_id[rid].type, a, e)
        for rid, names in arabic.items()
        for a in names
        for e in english[rid]
    }


def _inherited_place(record: Record, places: set[tuple[str, str, str]]) -> bool:
    """*record*'s Arabic and English names together name a set record
    (:func:`_inherited_places`)."""
    return any(
        (record.type, normalize_arabic(a), name_key(e)) in places
        for a in record.names("ar")
        if a
        for e in record.names("en")
        if e
    )


def load_pressured(
    gazetteers: Sequence[Path],
    folder: Path,
    *,
    defaults: bool = False,
    distractors: int = 0,
    workdir: Path = WORKDIR,
) -> tuple[Normalizer, list[str]]:
    """A Normalizer over the set's gazetteer plus the filtered extras, and lines describing
    what was loaded and dropped."""
    from normx.api import Normalizer
    from normx.gazetteer import load_gazetteers

    own_path, more = gazetteers[0], list(gazetteers[1:])
    own = list(load_gazetteers([own_path], defaults=False, use_cache=False).records)
    extras = _read_records(more, defaults=defaults)
    if distractors:
        extras += _read_records([distractor_file(distractors, workdir)], defaults=False)
    inherited = inherited_names(own_path)
    kept, dropped, ambiguous = filter_extras(own, extras, load_articles(folder), inherited)
    workdir.mkdir(parents=True, exist_ok=True)
    tag = f"{folder.name}-d{int(defaults)}-n{distractors}-g{len(more)}"
    extra_file = workdir / f"extras-{tag}.jsonl"
    body = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in kept)
    if not extra_file.exists() or extra_file.read_text(encoding="utf-8") != body:
        extra_file.write_text(body, encoding="utf-8")
    types = Counter(r.type for r in kept)
    lines = [
        f"gazetteer: {len(own)} set records + {len(kept)} extra "
        f"({', '.join(f'{t} {c}' for t, c in sorted(types.items()))}); dropped "
        + ("; ".join(f"{c} {why}" for why, c in dropped.items()) or "none")
    ]
    lines += [f"    ambiguous (dropped) {x}" for x in ambiguous[:20]]
    if len(ambiguous) > 20:
        lines.append(f"    ... {len(ambiguous) - 20} more")
    nz = Normalizer.load([own_path, extra_file], defaults=False, use_cache=True)
    return nz, lines


USER_PREFIX = "u-"


def load_as_user(gazetteer: Path, workdir: Path = WORKDIR) -> Normalizer:
    """The set's records under ids of their own, loaded with the shipped defaults (see the
    module docstring, ``--as-user``)."""
    from normx.api import Normalizer
    from normx.gazetteer import load_gazetteers

    own = load_gazetteers([gazetteer], defaults=False, use_cache=False).records
    lines = []
    for r in own:
        data = r.to_dict()
        kind, rest = data["id"].split(":", 1)
        data["id"] = f"{kind}:{USER_PREFIX}{rest}"
        lines.append(json.dumps(data, ensure_ascii=False) + "\n")
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"as-user-{gazetteer.parent.name}.jsonl"
    body = "".join(lines)
    if not path.exists() or path.read_text(encoding="utf-8") != body:
        path.write_text(body, encoding="utf-8")
    return Normalizer.load([path], defaults=True, use_cache=False)


def own_ids(doc: Document) -> Document:
    """*doc* with the ``u-`` of :func:`load_as_user` taken off its mentions' ids."""
    marker = f":{USER_PREFIX}"
    mentions = tuple(
        replace(m, id=m.id.replace(marker, ":", 1)) if m.id and marker in m.id else m
        for m in doc.mentions
    )
    return replace(doc, mentions=mentions)


def wrong_list(scores: Iterable[Scores], canonical: dict[str, str]) -> list[str]:
    """One line per wrong link: article, mention, the entity it went to (its name), gold."""
    out = []
    for s in scores:
        for w in s.wrong:
            m = w.mention
            gold = w.gold.cluster if w.gold else "-"
            out.append(
                f"{s.name} {m.text!r} -> {m.id} {canonical.get(m.id or '', '?')!r} "
                f"[{w.kind}, {m.method}, gold {gold}]"
            )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="canonicalize on the held-out articles")
    parser.add_argument(
        "--gazetteer",
        type=Path,
        action="append",
        help="repeatable; the first is the set's own (default: tests/data/articles')",
    )
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--no-hard", action="store_true", help="leave hard gold mentions out")
    parser.add_argument("--defaults", action="store_true", help="also the shipped gazetteers")
    parser.add_argument(
        "--distractors", type=int, default=0, help="add N synthetic persons and places"
    )
    parser.add_argument("--workdir", type=Path, default=WORKDIR)
    parser.add_argument("--wrong-list", action="store_true", help="list the wrong links")
    parser.add_argument(
        "--as-user",
        action="store_true",
        help="the set's gazetteer under its own ids with the shipped defaults, as a user loads it",
    )
    parser.add_argument(
        "--backtranslate", action="store_true", help="also match through Arabic (normx.mt)"
    )
    parser.add_argument("--mt-model", type=Path, help="model directory (implies --backtranslate)")
    parser.add_argument(
        "--mt-threads", type=int, help="torch threads for the model (default: torch's)"
    )
    args = parser.parse_args(argv)
    gazetteers = args.gazetteer or [ARTICLES / "gazetteer.yaml"]
    bt_on = args.backtranslate or args.mt_model
    cost = BtCost.start(args.mt_model, threads=args.mt_threads) if bt_on else None
    include_hard = not args.no_hard
    if args.as_user:
        nz = load_as_user(gazetteers[0], args.workdir)
        scores = [
            score(own_ids(nz.canonicalize(a.text)), a, include_hard=include_hard)
            for a in load_articles(args.articles)
        ]
        canonical = {r.id.replace(f":{USER_PREFIX}", ":", 1): r.canonical for r in nz.records}
    elif len(gazetteers) == 1 and not args.defaults and not args.distractors:
        scores = evaluate(gazetteers[0], args.articles, include_hard=include_hard)
        canonical: dict[str, str] = {}
    else:
        # the indexes of 40,000-record gazetteers are large: cache them beside the records
        os.environ.setdefault("NORMX_CACHE_DIR", str(args.workdir.resolve() / "cache"))
        nz, lines = load_pressured(
            gazetteers,
            args.articles,
            defaults=args.defaults,
            distractors=args.distractors,
            workdir=args.workdir,
        )
        print("\n".join(lines))
        scores = [
            score(nz.canonicalize(a.text), a, include_hard=include_hard)
            for a in load_articles(args.articles)
        ]
        canonical = {r.id: r.canonical for r in nz.records}
    for s in scores:
        print(report(s))
    print(summary_line(total(scores)))
    if cost is not None:
        print(cost.report(scores))
    if args.wrong_list:
        if not canonical:
            from normx.gazetteer import load_gazetteers

            recs = load_gazetteers(gazetteers, defaults=False, use_cache=False).records
            canonical = {r.id: r.canonical for r in recs}
        print("wrong links:")
        print("\n".join(f"    {x}" for x in wrong_list(scores, canonical)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
