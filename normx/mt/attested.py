"""Attested spellings: the Arabic forms the training sources give for a Latin name token.

The model generalises letter by letter and so writes even common Arab names the way its mostly
Western training data would (Tarek -> تاريك, though Wikidata attests طارق forty times). For a
token the sources attest, their spellings are better hypotheses than any guess; the model is
still asked, for spellings the sources lack and for every token they never saw.

The table (``attested.tsv`` beside the model: ``latin<TAB>arabic<TAB>weight``, weights as in
:mod:`normx.mt.training.pairs`) is written from the same permissively licensed pairs the model
is trained on, by ``normx model train`` or :func:`write_attested`; a model directory without
it works from the model alone.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

from normx.mt.lexicon import Lexicon
from normx.mt.training.pairs import Pair

FILE_NAME = "attested.tsv"
ATTESTED_MASS = 0.8
"""Share of a token's probability given to its attested spellings (the rest to the model's)."""
MAX_SPELLINGS = 8  # per Latin token; the tail of a long list is noise from cluster cross-products
GLOSS_WEIGHT = 4  # a gloss-lexicon rendering counts as a well attested spelling


class AttestedSpellings:
    """Latin token -> attested Arabic spellings with their shares, most attested first."""

    def __init__(self, table: dict[str, list[tuple[str, float]]]) -> None:
        self._table = table

    def __len__(self) -> int:
        return len(self._table)

    def __contains__(self, token: object) -> bool:
        return token in self._table

    def spellings(self, token: str) -> list[tuple[str, float]]:
        """(Arabic, share) pairs of *token*, shares summing to 1, best first; [] if unseen."""
        return self._table.get(token, [])

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, str, int]]) -> AttestedSpellings:
        """Build from (latin, arabic, weight) rows; duplicate rows add their weights."""
        weights: dict[str, dict[str, int]] = defaultdict(dict)
        for latin, arabic, weight in rows:
            if latin and arabic and weight > 0:
                weights[latin][arabic] = weights[latin].get(arabic, 0) + weight
        table: dict[str, list[tuple[str, float]]] = {}
        for latin, spell in weights.items():
            ranked = sorted(spell.items(), key=lambda aw: (-aw[1], aw[0]))[:MAX_SPELLINGS]
            total = sum(w for _, w in ranked)
            table[latin] = [(a, w / total) for a, w in ranked]
        return cls(table)

    @classmethod
    def load(
        cls, model_dir: str | Path, lexicon: Lexicon | None = None
    ) -> AttestedSpellings | None:
        """The table beside a model, with *lexicon*'s one-word renderings added
        (:func:`gloss_rows`); None when there is neither."""
        rows = read_rows(model_dir)
        if lexicon is not None:
            rows.extend(gloss_rows(lexicon))
        return cls.from_rows(rows) if rows else None


def read_rows(model_dir: str | Path) -> list[tuple[str, str, int]]:
    """The (latin, arabic, weight) rows of the ``attested.tsv`` beside a model ([] if none)."""
    path = Path(model_dir) / FILE_NAME
    rows: list[tuple[str, str, int]] = []
    if not path.is_file():
        return rows
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[2].isdigit():
                rows.append((parts[0], parts[1], int(parts[2])))
    return rows


def gloss_rows(lexicon: Lexicon) -> list[tuple[str, str, int]]:
    """Rows for the gloss lexicon's one-word entries: a name part that is a word (Village,
    New, Center) or a romanised Arabic word (Qabilat, Awlad) is translated, not spelled out
    (Bani Walid Center is بني وليد المركز, not ... سنتر)."""
    rows: list[tuple[str, str, int]] = []
    entries = [*lexicon.entries.values(), *lexicon.transliterated.values()]
    for entry in entries:
        if len(entry.key) != 1:
            continue
        for rendering in entry.renderings:
            rows.append((entry.key[0], " ".join(rendering), GLOSS_WEIGHT))
    return rows


def write_attested(pairs: Sequence[Pair], out_dir: str | Path) -> Path:
    """Write ``attested.tsv`` for *pairs* into *out_dir* (sorted, so the file is reproducible)."""
    path = Path(out_dir) / FILE_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = sorted({(p.latin, p.arabic): p.weight for p in pairs}.items())
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        for (latin, arabic), weight in rows:
            fh.write(f"{latin}\t{arabic}\t{weight}\n")
    return path


def mix(
    model_out: Sequence[tuple[str, float]], attested: Sequence[tuple[str, float]], k: int
) -> list[tuple[str, float]]:
    """The *k* best spellings of one token from the model's (text, log-prob) outputs and the
    attested (text, share) spellings: p = ATTESTED_MASS * share + (1 - ATTESTED_MASS) * p_model.

    With nothing attested the model's list is returned as it is.
    """
    if not attested:
        return list(model_out[:k])
    prob: dict[str, float] = {}
    for text, share in attested:
        prob[text] = prob.get(text, 0.0) + ATTESTED_MASS * share
    for text, lp in model_out:
        prob[text] = prob.get(text, 0.0) + (1.0 - ATTESTED_MASS) * math.exp(lp)
    ranked = sorted(prob.items(), key=lambda tp: (-tp[1], tp[0]))[:k]
    return [(text, math.log(p)) for text, p in ranked if p > 0]
