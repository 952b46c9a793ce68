"""Why back-translation left a query wrong: the classes of session 23 (issue 5).

Usage (after ``bt_xscript --dump FILE --token-cache CACHE``)::

    .venv/bin/python -m benchmarks.eval.bt_classify --set SET --dump FILE --token-cache CACHE
        [--show CLASS]

Each query whose top-1 with back-translation is wrong is put in one class, from the model's
guesses (k = 8 per name part, read from the cache: nothing is recomputed unless missing) and
the gold entity's Arabic names. A query part "spells" a gold word when one of its guesses, or
the join of its guess with its neighbour's, pairs with the word at Arabic similarity >= 0.9
(:func:`normx.mt.arabic_sim.similarity`, the pairing the matcher uses):

* ``homonym``: the entity put first has an Arabic name written as the gold's (after
  normalisation: ة/ه, ى/ي, hamza forms): two places of one name, no reading can choose;
* ``one-word``: a one-word query against a longer gold name (Gaddafi's surname alone: every
  entity holding the word is as good; no model can choose);
* ``other-name``: no query part spells any gold word (another name of the person, or a
  reading the gazetteer lacks);
* ``model``: some gold word is spelled by no part while some part spells nothing: the model's
  guesses for that part missed the gold's spelling;
* ``longer-gold``: every part spells a gold word and gold words are left (the query is a
  short form of a longer name: namesakes holding the same words compete);
* ``longer-query``: every gold word is spelled and parts are left over (titles, a father's
  name the gazetteer's name lacks): the matching and combination must weigh the leftovers;
* ``matching``: every gold word spelled and every part used: the right hypotheses were there,
  the Arabic matching or its combination with the Latin evidence lost them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a plain script
    sys.path.insert(0, str(REPO))

from benchmarks.eval.bt_xscript import built_set, load_cache  # noqa: E402
from benchmarks.eval.setio import WORK_DIR  # noqa: E402

SPELLS = 0.9


def classify(tokens: list[str], guesses: list[list[str]], gold_names: list[str]) -> str:
    """The class of one wrong query (see the module's docstring)."""
    from normx.mt.arabic_match import name_words
    from normx.mt.arabic_sim import prepare, similarity

    best = None
    for name in gold_names:
        words = [prepare(w) for w in name_words(name)]
        if not words:
            continue
        forms = [[prepare(g) for g in gs] for gs in guesses]
        joined = [
            [prepare(a + b) for a in forms[i][:3] for b in forms[i + 1][:3]]
            for i in range(len(forms) - 1)
        ]
        word_met = [False] * len(words)
        part_met = [False] * len(forms)
        for wi, w in enumerate(words):
            for pi, fs in enumerate(forms):
                if any(similarity(f, w) >= SPELLS for f in fs):
                    word_met[wi] = part_met[pi] = True
            for pi, fs in enumerate(joined):
                if any(similarity(f, w) >= SPELLS for f in fs):
                    word_met[wi] = part_met[pi] = part_met[pi + 1] = True
        cand = (sum(word_met) / len(words), sum(part_met), word_met, part_met, words)
        if best is None or cand[:2] > best[:2]:
            best = cand
    if best is None:
        return "other-name"
    _, _, word_met, part_met, words = best
    if len(tokens) == 1 and len(words) > 1:
        return "one-word"
    if not any(word_met):
        return "other-name"
    if not all(word_met):
        return "model" if not all(part_met) else "longer-gold"
    return "matching" if all(part_met) else "longer-query"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", required=True, help="the built matcher set bt_xscript ran on")
    ap.add_argument("--work", type=Path, default=WORK_DIR, help="where build_sets wrote the sets")
    ap.add_argument("--dump", type=Path, required=True, help="bt_xscript's --dump file")
    ap.add_argument("--token-cache", type=Path, default=None, help="bt_xscript's --token-cache")
    ap.add_argument("--show", default="", help="list the queries of these classes (a,b)")
    args = ap.parse_args(argv)

    from normx.mt.backtranslate import model_tokens
    from normx.mt.hypotheses import BackTransliterator

    built_set(args.work / args.set)
    if not args.dump.is_file():
        raise SystemExit(f"{args.dump}: no such dump; write one with bt_xscript --dump")
    names: dict[str, list[str]] = {}
    with (args.work / args.set / "gazetteer.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            rec: dict[str, Any] = json.loads(line)
            ar = rec.get("name", {}).get("ar")
            alts = [a.get("ar") for a in rec.get("aliases", []) if isinstance(a, dict)]
            names[rec["id"]] = [n for n in [ar, *alts] if n]
    bt = BackTransliterator(_Lazy())  # type: ignore[arg-type]
    load_cache(bt, args.token_cache)
    rows = [json.loads(line) for line in args.dump.open(encoding="utf-8")]
    counts: Counter[str] = Counter()
    members: dict[str, list[str]] = defaultdict(list)
    for r in rows:
        if r["bt"][:1] == [r["gold"]]:
            continue
        tokens = model_tokens(r["query"])
        guesses = [[g for g, _ in o] for o in bt.token_hypotheses(tokens, 8)]
        cls = classify(tokens, guesses, names.get(r["gold"], []))
        first = r["bt"][0] if r["bt"] else ""
        if {_written(n) for n in names.get(first, [])} & {
            _written(n) for n in names.get(r["gold"], [])
        }:
            cls = "homonym"
        if r["gold"] in r["bt"][:5]:
            cls += " (gold in top 5)"
        counts[cls] += 1
        members[cls].append(f"{r['query']} | {' / '.join(names.get(r['gold'], []))}")
    wrong = sum(counts.values())
    print(f"{args.set}: {wrong} wrong of {len(rows)} with back-translation")
    for cls, n in counts.most_common():
        print(f"  {cls:32} {n}")
    show = {s for s in args.show.split(",") if s}
    for cls in sorted(members):
        if cls.split(" ")[0] in show:
            print(f"== {cls}")
            for m in members[cls]:
                print("  ", m)
    return 0


def _written(name: str) -> str:
    """A name as the Arabic matcher compares it, word by word."""
    from normx.mt.arabic_match import name_words
    from normx.mt.arabic_sim import prepare

    return " ".join(prepare(w) for w in name_words(name))


class _Lazy:
    """Loads the shipped model on first use: parts missing from the cache."""

    _model: Any = None

    def generate(self, tokens: list[str], k: int) -> Any:
        if self._model is None:
            from normx.mt.model import TranslitModel

            self._model = TranslitModel.load(None)
        return self._model.generate(tokens, k)


if __name__ == "__main__":
    raise SystemExit(main())
