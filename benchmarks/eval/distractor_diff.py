"""The right links that distractors cost: a set run plain and with ``--distractors N``, and the
gold mentions found plain but missed (wrong or unlinked) under pressure.

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval.distractor_diff SET [SET ...]
        [--distractors 40000] [--json OUT]

Per set: the two overall lines, then one line per lost right link with what each run put on
the gold span (text, id, method, and for the pressured run the linked record's canonical name
and the evidence's matched name), so a loss can be read as "a namesake outscored the
document's entity", "the name became ambiguous and the linker abstained", "a surname lost its
antecedent", and so on. Gained links (missed plain, found under pressure) are listed too, and
so are the wrong links each run makes that the other does not (``new wrong`` under pressure:
a nil name, a common word or a non-gold span linked to a distractor; ``gone wrong`` when the
pressured run drops one), with the kind (nil / entity / spurious) and the linked canonical name.
``--json`` writes every loss, gain and wrong-link change as one JSON object per line.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.bench_canonicalize import SEALED_SETS
from benchmarks.eval import articles as ev
from benchmarks.eval.bt_diff import _load

ROOT = Path(__file__).resolve().parents[2]


def _spans(doc: Any, g: ev.Gold) -> list[dict[str, Any]]:
    out = []
    for m in doc.mentions:
        if m.start < g.end and g.start < m.end:
            out.append(
                {
                    "text": m.text,
                    "id": m.id,
                    "canonical": m.canonical,
                    "method": m.method,
                    "score": round(m.score, 3),
                    "matched": m.evidence.get("matched") or m.evidence.get("name"),
                    "antecedent": _ante(m.evidence.get("antecedent")),
                }
            )
    return out


def _ante(a: Any) -> Any:
    if a is None:
        return None
    if hasattr(a, "text"):
        return f"{a.text}@{a.start}->{a.id}"
    return str(a)


def _found(doc: Any, g: ev.Gold) -> bool:
    return any(m.id == g.id and m.start < g.end and g.start < m.end for m in doc.mentions)


def diff_set(folder: Path, distractors: int, workdir: Path) -> tuple[list[str], list[dict]]:
    arts = ev.load_articles(folder)
    runs = []
    for n in (0, distractors):
        nz = _load(folder, n, workdir)
        runs.append([nz.canonicalize(a.text) for a in arts])
    lines = []
    for n, docs in zip((0, distractors), runs, strict=True):
        s = ev.total(ev.score(d, a) for d, a in zip(docs, arts, strict=True))
        lines.append(f"  n={n:<6d} {ev.summary_line(s)}")
    rows: list[dict] = []
    for a, plain, pressed in zip(arts, runs[0], runs[1], strict=True):
        for g in a.gold:
            if g.nil:
                continue
            f0, f1 = _found(plain, g), _found(pressed, g)
            if f0 == f1:
                continue
            row = {
                "set": folder.name,
                "article": a.name,
                "start": g.start,
                "end": g.end,
                "text": g.text,
                "gold": g.id,
                "change": "lost" if f0 else "gained",
                "plain": _spans(plain, g),
                "pressured": _spans(pressed, g),
            }
            rows.append(row)
            p1 = ", ".join(
                f"{x['text']!r}->{x['id']} {x['canonical']!r} ({x['method']}, {x['matched']!r}"
                + (f", ante {x['antecedent']}" if x["antecedent"] else "")
                + ")"
                for x in row["pressured"]
            )
            p0 = ", ".join(f"{x['text']!r}->{x['id']} ({x['method']})" for x in row["plain"])
            lines.append(
                f"  {row['change']} {a.name} {g.text!r}@{g.start} gold {g.id}: "
                f"plain {p0 or '-'} | +{distractors} {p1 or 'not detected'}"
            )
    lines += _wrong_changes(folder.name, arts, runs, distractors, rows)
    return lines, rows


def _wrong_changes(
    name: str, arts: list[ev.Article], runs: list[list[Any]], distractors: int, rows: list[dict]
) -> list[str]:
    """One line per wrong link made by one run only (new under pressure, or gone)."""
    lines = []
    for a, plain, pressed in zip(arts, runs[0], runs[1], strict=True):
        w0 = {(w.mention.start, w.mention.id): w for w in ev.score(plain, a).wrong}
        w1 = {(w.mention.start, w.mention.id): w for w in ev.score(pressed, a).wrong}
        for change, mine, other in (("new wrong", w1, w0), ("gone wrong", w0, w1)):
            for key, w in mine.items():
                if key in other:
                    continue
                m = w.mention
                gold = w.gold.cluster if w.gold else "-"
                rows.append(
                    {
                        "set": name,
                        "article": a.name,
                        "start": m.start,
                        "text": m.text,
                        "change": change,
                        "kind": w.kind,
                        "id": m.id,
                        "canonical": m.canonical,
                        "method": m.method,
                        "score": round(m.score, 3),
                        "gold": gold,
                    }
                )
                lines.append(
                    f"  {change}[{w.kind}] {a.name} {m.text!r}@{m.start} -> {m.id} "
                    f"{m.canonical!r} ({m.method}, {m.score:.2f}; gold {gold})"
                )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", help="set folder names under tests/data")
    parser.add_argument("--distractors", type=int, default=40_000)
    parser.add_argument("--workdir", type=Path, default=ev.WORKDIR)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    out = []
    for name in args.sets:
        if name in SEALED_SETS:
            raise SystemExit(f"{name} is sealed")
        lines, rows = diff_set(ROOT / "tests" / "data" / name, args.distractors, args.workdir)
        print(name)
        print("\n".join(lines), flush=True)
        out += rows
    if args.json:
        args.json.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
