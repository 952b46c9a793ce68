"""What loading the shipped gazetteers beside a set's own changes: the plain run (the set's
gazetteer alone) against ``--as-user`` (the set's records under ids of their own, with the
shipped defaults, as ``normx canonicalize --gazetteer theirs.yaml`` loads them), mention by
mention.

    PYTHONPATH=. .venv/bin/python -m benchmarks.eval.asuser_diff SET [SET ...] [--json OUT]

Per set: both overall lines, then every gold mention found by one run only (``lost``: plain
found it, as-user did not; ``fixed``: the reverse) and every wrong link made by one run only
(``wrong_added``: as-user only; ``wrong_removed``: plain only), keyed by article, offset and
id as the ``--wrong-list`` outputs are compared. Each line says what the other run predicted
over the same span and, for ids, the record's canonical name, so a difference can be read for
its cause (a shipped look-alike, a shipped record the user lacks, a shipped alias...).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from benchmarks.eval import articles as ev
from normx.resolve.document import Document, Mention

ROOT = Path(__file__).resolve().parents[2]


def _named(ms: tuple[Mention, ...] | list[Mention], canonical: dict[str, str]) -> str:
    if not ms:
        return "nothing"
    return ", ".join(
        f"{m.text!r} -> {m.id} {canonical.get(m.id or '', '')!r} ({m.method})" for m in ms
    )


def _over(doc: Document, start: int, end: int) -> list[Mention]:
    return [m for m in doc.mentions if m.start < end and start < m.end]


def _misses(scores: list[ev.Scores]) -> dict[tuple[str, int, str], ev.Miss]:
    return {(s.name, m.gold.start, m.gold.cluster): m for s in scores for m in s.missed}


def _wrongs(scores: list[ev.Scores]) -> dict[tuple[str, int, str], ev.WrongLink]:
    return {(s.name, w.mention.start, w.mention.id or ""): w for s in scores for w in s.wrong}


def diff_set(name: str, workdir: Path) -> dict[str, Any]:
    from normx.api import Normalizer

    folder = ROOT / "tests" / "data" / name
    gazetteer = folder / "gazetteer.yaml"
    arts = ev.load_articles(folder)
    plain_nz = Normalizer.load([gazetteer], defaults=False, use_cache=False)
    plain_docs = {a.name: plain_nz.canonicalize(a.text) for a in arts}
    user_nz = ev.load_as_user(gazetteer, workdir)
    user_docs = {a.name: ev.own_ids(user_nz.canonicalize(a.text)) for a in arts}
    canonical = {r.id: r.canonical for r in plain_nz.records}
    canonical.update(
        {r.id.replace(f":{ev.USER_PREFIX}", ":", 1): r.canonical for r in user_nz.records}
    )
    plain = [ev.score(plain_docs[a.name], a) for a in arts]
    user = [ev.score(user_docs[a.name], a) for a in arts]
    m0, m1 = _misses(plain), _misses(user)
    w0, w1 = _wrongs(plain), _wrongs(user)

    def miss_line(key: tuple[str, int, str], miss: ev.Miss, other: Document) -> str:
        g = miss.gold
        return (
            f"{key[0]} {g.text!r} @{g.start} ({g.cluster} {g.id}): "
            f"{_named(miss.predicted, canonical)} | other run "
            f"{_named(_over(other, g.start, g.end), canonical)}"
        )

    def wrong_line(key: tuple[str, int, str], w: ev.WrongLink, other: Document) -> str:
        m = w.mention
        gold = f"gold {w.gold.cluster}" if w.gold else "no gold name"
        return (
            f"{key[0]} {m.text!r} @{m.start} -> {m.id} {canonical.get(m.id or '', '')!r} "
            f"[{w.kind}, {m.method}; {gold}] | other run "
            f"{_named(_over(other, m.start, m.end), canonical)}"
        )

    return {
        "set": name,
        "plain": ev.summary_line(ev.total(plain)),
        "as_user": ev.summary_line(ev.total(user)),
        "lost": [miss_line(k, m1[k], plain_docs[k[0]]) for k in sorted(m1.keys() - m0.keys())],
        "fixed": [miss_line(k, m0[k], user_docs[k[0]]) for k in sorted(m0.keys() - m1.keys())],
        "wrong_added": [
            wrong_line(k, w1[k], plain_docs[k[0]]) for k in sorted(w1.keys() - w0.keys())
        ],
        "wrong_removed": [
            wrong_line(k, w0[k], user_docs[k[0]]) for k in sorted(w0.keys() - w1.keys())
        ],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+")
    parser.add_argument("--workdir", type=Path, default=ev.WORKDIR)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    out = []
    for name in args.sets:
        res = diff_set(name, args.workdir)
        out.append(res)
        print(f"{name} plain   {res['plain']}", flush=True)
        print(f"{name} as-user {res['as_user']}", flush=True)
        for key in ("lost", "fixed", "wrong_added", "wrong_removed"):
            for line in res[key]:
                print(f"    {key}: {line}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
