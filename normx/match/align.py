"""The weighted alignment of two class sequences: the vowel-tolerant edit distance of the scorer.

A class sequence (:func:`normx.text.phonetic.class_sequence`) keeps consonant classes as upper
case symbols and vowel qualities as lower case ones. Two spellings of one Arabic name differ
mostly in vowels, so a vowel inside the word costs little to insert or delete (Arabic does not
write it), one at either end more, another consonant class a whole unit.

Costs are whole multiples of :data:`COST_UNIT`, and the dynamic programme adds integers: the
scalar version (:func:`distance_units`, which may stop early) and the batched one
(:func:`similarities_to`, numpy, one sequence against many) give the same distances exactly, in
any order, so a memo can be filled by either.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import chain

import numpy as np

COST_UNIT = 0.05
EDGE_VOWEL_COST = 0.9  # a vowel at either end that one spelling has and the other lacks
INNER_VOWEL_COST = 0.35  # a short vowel Arabic does not write
# The same across scripts, where the Arabic side never writes it. A separate knob, kept equal:
# 0.2 lifted persons-xscript top-1@0.75 by 3.8 points but its false accepts by 3.8 too (every
# right and wrong cross-script pair rises alike; only the threshold moves), and cost
# persons-latin 0.5 top-1 through its Arabic names.
CROSS_INNER_VOWEL_COST = 0.35
H_COST = 0.5  # h is written or dropped freely (ه, ح, final -h)
VOWEL_QUALITY_COST = 0.5  # a written long vowel of another quality (ا vs و): Gat is not قاوت
NEUTRAL_VOWEL_COST = 0.1  # a lone e or apostrophe, which may stand for any vowel
CROSS_NEAR_COST = 0.5
"""Across scripts, a consonant of a near class (:data:`NEAR_CLASSES`): one Arabic letter that
English sources write in either class."""
NEAR_CLASSES = frozenset(
    frozenset(pair)
    for pair in (
        "TZ",  # ذ dh / z (Zakir = ذاكر), ظ z / dh / d (Dahir = ظاهر), ض d / z (Fazal = فضل)
        "JK",  # ج j / g (Gamal = جمال)
    )
)
"""Pairs of consonant classes that one Arabic letter reaches in English spellings (DOMAIN.md,
section 1). The romanised Arabic side writes one of them, the Latin side may write the other.
Measured in session 5 (numbers in the commit messages): persons-xscript +0.5 top-1, +0.8 at the
threshold, no query lost. Not near: th / s for ث (Osman = عثمان), since the class level cannot
tell ث from ت (Samer ~ تامر): it gained nothing and raised false accepts on towns-xscript (17.2
-> 17.6 %); s / z (Ramsi = رمزي, Samin = زمین: +5 persons-xscript queries, but false accepts
+1.6 points on towns-libya, +0.9 on towns-xscript). Two Latin spellings never get the discount:
there the writer chose the letter (Kamal and Jamal are two names; t / z between Latin spellings
gained one persons-latin query)."""


SILENT_END = "~"
"""Ends a sequence whose final h was dropped (Salih -> "SaLi~", romanised صالح "salh" ->
"SaL~"): inserting or deleting it costs nothing, but the vowel before it is inside the word,
not at its end, so an unwritten short vowel there costs what it costs inside."""


def _units(cost: float) -> int:
    units = round(cost / COST_UNIT)
    if abs(units * COST_UNIT - cost) > 1e-9:
        raise ValueError(f"alignment cost {cost} is not a multiple of {COST_UNIT}")
    return units


SCALE = _units(1.0)  # units in a cost of 1 (a consonant of another class)
_EDGE, _INNER, _H = _units(EDGE_VOWEL_COST), _units(INNER_VOWEL_COST), _units(H_COST)
_QUALITY, _NEUTRAL = _units(VOWEL_QUALITY_COST), _units(NEUTRAL_VOWEL_COST)
INNER = _INNER
"""The inner vowel cost (in units) of two Latin spellings aligned."""
CROSS_INNER = _units(CROSS_INNER_VOWEL_COST)
"""The inner vowel cost (in units) of a Latin spelling aligned with a romanised Arabic one."""
CROSS_NEAR = _units(CROSS_NEAR_COST)
"""The near-class consonant cost (in units) across scripts (SCALE: no class is near)."""
KERNEL_UNITS = (SCALE, _EDGE, _H, _QUALITY, _NEUTRAL)
"""The costs (units) the compiled kernel (normx/_kernels.c) is configured with: another
consonant class, a vowel at either end, h, another vowel quality, a neutral vowel."""


def length(seq: str) -> int:
    """The symbols of *seq* that count in its similarity (not :data:`SILENT_END`)."""
    return len(seq) - seq.endswith(SILENT_END)


def similarity(units: int, x: str, y: str) -> float:
    """The similarity in [0, 1] of two sequences *units* apart."""
    return max(0.0, 1.0 - units / (SCALE * max(length(x), length(y), 1)))


def substitution_units(a: str, b: str, near: int = SCALE) -> int:
    """Cost of one symbol for another: vowels of another quality cost little, a neutral one
    (a lone e or an apostrophe) almost nothing; consonants of another class cost 1, or *near*
    units for two classes of :data:`NEAR_CLASSES`."""
    if a == b:
        return 0
    if SILENT_END in (a, b):
        return SCALE
    if a.islower() and b.islower():
        return _NEUTRAL if "e" in (a, b) else _QUALITY
    if near != SCALE and frozenset((a, b)) in NEAR_CLASSES:
        return near
    return SCALE


@lru_cache(maxsize=131_072)
def indel_units(seq: str, inner: int = _INNER) -> tuple[int, ...]:
    """The cost of inserting or deleting each symbol of a class sequence (*inner*: the cost
    of a vowel inside the word, in units)."""
    last = len(seq) - 1
    return tuple(
        (_EDGE if i in (0, last) else inner) if sym.islower() else _consonant_units(sym)
        for i, sym in enumerate(seq)
    )


def _consonant_units(sym: str) -> int:
    if sym == SILENT_END:
        return 0
    return _H if sym == "H" else SCALE


# (symbol, near cost) -> symbol -> cost, filled as met
_SUBSTITUTIONS: dict[tuple[str, int], dict[str, int]] = {}


def _substitution_row(sx: str, y: str, near: int = SCALE) -> list[int]:
    """The cost of substituting *sx* for each symbol of *y* (the alphabet has a few dozen)."""
    table = _SUBSTITUTIONS.get((sx, near))
    if table is None:
        table = _SUBSTITUTIONS[(sx, near)] = {}
    try:
        return list(map(table.__getitem__, y))
    except KeyError:
        for sy in y:
            if sy not in table:
                table[sy] = substitution_units(sx, sy, near)
        return list(map(table.__getitem__, y))


def distance_units(
    x: str, y: str, stop: int | None = None, inner: int = _INNER, near: int = SCALE
) -> tuple[int, bool]:
    """The alignment distance of non-empty *x* and *y* in units, and whether it is exact.

    With *stop*, the programme gives up as soon as a whole row costs at least *stop* and
    returns that row's minimum, a lower bound of the distance (every alignment passes through
    each row, and costs never decrease along a path), with False. *inner* and *near* are the
    costs (units) of an inner vowel and of a near-class consonant.
    """
    cy = indel_units(y, inner)
    prev = [0]
    for cost in cy:
        prev.append(prev[-1] + cost)
    for sx, dx in zip(x, indel_units(x, inner), strict=True):
        left = lowest = prev[0] + dx
        cur = [left]
        append = cur.append
        # prev is one longer than the row and cy: the cell above-left, then the one above
        for diag, up, s, c in zip(prev, prev[1:], _substitution_row(sx, y, near), cy, strict=False):
            best = diag + s
            alt = up + dx
            if alt < best:
                best = alt
            alt = left + c
            if alt < best:
                best = alt
            append(best)
            if best < lowest:
                lowest = best
            left = best
        prev = cur
        if stop is not None and lowest >= stop:
            return lowest, False
    return prev[-1], True


class _Alphabet:
    """Symbol ids and the substitution matrix over every symbol met so far (numpy side)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self._matrices: dict[int, np.ndarray] = {}  # near cost -> substitution matrix
        self._codes: dict[str, list[int]] = {}

    def matrix(self, near: int = SCALE) -> np.ndarray:
        """The substitution matrix over the symbols met so far, near classes costing *near*."""
        found = self._matrices.get(near)
        if found is None or len(found) != len(self.ids):
            symbols = sorted(self.ids, key=self.ids.__getitem__)
            found = self._matrices[near] = np.array(
                [[substitution_units(a, b, near) for b in symbols] for a in symbols],
                dtype=np.int64,
            ).reshape(len(symbols), len(symbols))
        return found

    def encode(self, seq: str) -> list[int]:
        """The symbol ids of *seq* (remembered: index forms meet many queries)."""
        found = self._codes.get(seq)
        if found is not None:
            return found
        ids = self.ids
        if any(s not in ids for s in seq):
            for s in seq:
                ids.setdefault(s, len(ids))
        if len(self._codes) >= CODES_MAX:
            self._codes.clear()
        found = self._codes[seq] = [ids[s] for s in seq]
        return found


CODES_MAX = 262_144
_ALPHABET = _Alphabet()


BATCHES_MAX = 2048  # prepared sequence sets kept (a key's forms meet every new query token)


class _Batch:
    """Sequences laid out for :func:`similarities_to`: symbol codes and insertion costs in
    padded rows, their prefix sums, lengths, and the lengths that count in a similarity."""

    __slots__ = ("codes", "counted", "lengths", "prefix", "rows")

    def __init__(self, ys: Sequence[str], inner: int) -> None:
        size = len(ys)
        lengths = np.fromiter(map(len, ys), dtype=np.int64, count=size)
        width = int(lengths.max())
        # every y's symbols and insertion costs as one flat run each, scattered into the
        # padded rows in C (a Python loop over the rows cost more than the programme)
        filled = np.arange(width) < lengths[:, None]
        total = int(lengths.sum())
        codes = np.zeros((size, width), dtype=np.int64)
        codes[filled] = np.fromiter(
            chain.from_iterable(map(_ALPHABET.encode, ys)), np.int64, count=total
        )
        inserts = np.zeros((size, width), dtype=np.int64)
        inserts[filled] = np.fromiter(
            chain.from_iterable(indel_units(y, inner) for y in ys), np.int64, count=total
        )
        self.prefix = np.zeros((size, width + 1), dtype=np.int64)
        np.cumsum(inserts, axis=1, out=self.prefix[:, 1:])
        self.codes = codes
        self.lengths = lengths
        self.rows = np.arange(size)
        silent = np.fromiter((y.endswith(SILENT_END) for y in ys), np.int64, count=size)
        self.counted = lengths - silent


_BATCHES: dict[tuple[tuple[str, ...], int], _Batch] = {}


def _batch(ys: Sequence[str], inner: int) -> _Batch:
    """:class:`_Batch` of *ys*, remembered by the sequences (a tuple is the caller's promise
    that it will ask for the same set again: the forms sharing one key)."""
    if not isinstance(ys, tuple):
        return _Batch(ys, inner)
    found = _BATCHES.get((ys, inner))
    if found is None:
        if len(_BATCHES) >= BATCHES_MAX:
            _BATCHES.clear()
        found = _BATCHES[(ys, inner)] = _Batch(ys, inner)
    return found


def similarities_to(
    x: str, ys: Sequence[str], inner: int = _INNER, near: int = SCALE
) -> list[float]:
    """The exact similarity of non-empty *x* to each non-empty sequence of *ys*, computed for
    all of them at once (one numpy pass per symbol of *x*); *ys* given as a tuple has its
    layout remembered for the next *x*.

    Each row of the programme is min(diagonal + substitution, above + deletion), then the
    insertions along the row: cur[j] = min over k <= j of t[k] + (inserting y[k:j]), which is
    a running minimum of t[k] less the insertion prefix sums. Integer units keep it exact.
    """
    batch = _batch(ys, inner)
    codes, prefix = batch.codes, batch.prefix
    xs = _ALPHABET.encode(x)
    matrix = _ALPHABET.matrix(near)
    prev = prefix.copy()  # row 0: inserting y's prefixes
    row = np.empty_like(prefix)
    for sx, dx in zip(xs, indel_units(x, inner), strict=True):
        np.minimum(prev[:, :-1] + matrix[sx][codes], prev[:, 1:] + dx, out=row[:, 1:])
        row[:, 0] = prev[:, 0] + dx
        row -= prefix
        np.minimum.accumulate(row, axis=1, out=row)
        prev = row + prefix
    distances = prev[batch.rows, batch.lengths]
    # similarity() for each: the same int-to-float division and subtraction, in numpy
    longest = np.maximum(np.maximum(batch.counted, length(x)), 1)
    sims: list[float] = np.maximum(0.0, 1.0 - distances / (SCALE * longest)).tolist()
    return sims
