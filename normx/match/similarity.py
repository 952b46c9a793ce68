"""Similarity of two name tokens: string similarity lifted by phonetic keys, and a weighted
alignment of class sequences that tolerates vowels.

This is the token level of the scorer (:mod:`normx.match.score` builds name scores from these
similarities): two tokens pair only when their phonetic keys are close (:func:`keys_close`),
which is what lets the index generate candidates by keys; then

* two Latin spellings compare by string ratio, lifted when the keys agree, and by a
  vowel-tolerant alignment (Beida / Bayda);
* a Latin spelling and a romanised Arabic one compare by the alignment alone, in which a short
  vowel inside the word costs little, since Arabic does not write it.

The alignment is memoised by class sequence (many forms share one) and may stop early when the
caller only needs to know whether a similarity beats a value or reaches a floor.
:func:`token_similarities` compares one query token with many index forms at once (the
index's neighbour search): the same answers wherever they reach :data:`PAIR_FLOOR`, with the
alignments of a key's forms computed in one numpy programme.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from types import ModuleType

import numpy as np
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import cdist

from normx.match import kernels
from normx.match.align import (
    CROSS_INNER,
    CROSS_NEAR,
    INNER,
    KERNEL_UNITS,
    NEAR_CLASSES,
    SCALE,
    SILENT_END,
    distance_units,
    length,
    similarities_to,
    similarity,
)
from normx.text.normalize import NameToken
from normx.text.phonetic import class_sequence

PAIR_FLOOR = 0.7  # below this, two tokens are not spellings of one name part

CROSS_SCRIPT_FACTOR = 0.95  # vowels are guessed across scripts: the same evidence counts less
MIN_LIFTING_KEY = 3  # keys this long make agreeing keys real evidence (Jouili is not Jalu)
SHORT_KEY_BASE = 0.3
SHORT_KEY_RATIO = (PAIR_FLOOR - SHORT_KEY_BASE) / (1 - SHORT_KEY_BASE) - 1e-9
"""The string ratio a short-key pair needs to reach :data:`PAIR_FLOOR` (used by the index)."""
MAX_EXACT_ONLY = 2  # Latin tokens this short match another Latin token only exactly
LATIN_ALIGN_FACTOR = 0.97  # two Latin spellings: vowels are chosen, not guessed from a skeleton


@lru_cache(maxsize=262_144)
def cross_script_similarity(a: str, b: str) -> float:
    """Similarity of a Latin spelling and a romanised Arabic one, in [0, 1].

    An edit distance over class sequences (:func:`normx.text.phonetic.class_sequence`) in
    which a short vowel inside the word costs little (Arabic leaves it unwritten) while a vowel
    at either end, or a different consonant class, costs much: "mishri" ~ المشري (mshri) is
    close, "mishri" ~ مصر (msr) is not, "fathi" ~ ويفات (wifat) is far, though all share a key.
    """
    return _aligned_above(
        cross_sequence(a), cross_sequence(b), 1.0, -1.0, 0.0, CROSS_INNER, CROSS_NEAR
    )


_H_DIGRAPH_STARTS = frozenset("cdgkpstz")  # ch dh gh kh ph sh th zh: the h is not ه or ح


@lru_cache(maxsize=262_144)
def cross_sequence(form: str) -> str:
    """The class sequence of *form* for a cross-script alignment: a final h that
    :func:`normx.text.phonetic.class_sequence` drops leaves :data:`SILENT_END`, so the vowel
    before it counts as inside the word. Salih against romanised صالح ("salh") then differs by
    an unwritten short vowel, not by a final one (0.74 before)."""
    seq = class_sequence(form)
    if (
        len(form) > 1
        and form.endswith("h")
        and form[-2] not in _H_DIGRAPH_STARTS
        and len(seq) > 1
        and not seq.endswith("H")
    ):
        return seq + SILENT_END
    return seq


ALIGN_CACHE_MAX = 262_144  # entries of each alignment memo (cleared when full)
# keyed by the two class sequences and the inner vowel and near-class costs
_ALIGNED: dict[tuple[str, str, int, int], float] = {}  # exact similarity of two sequences
_ALIGNED_BELOW: dict[tuple[str, str, int, int], float] = {}  # an upper bound, the DP stopped

LATIN_INNER = INNER  # inner vowel units of two Latin spellings (CROSS_INNER across scripts)


def _aligned_above(
    x: str,
    y: str,
    factor: float,
    beat: float,
    floor: float,
    inner: int = LATIN_INNER,
    near: int = SCALE,
) -> float:
    """The alignment similarity of class sequences *x* and *y*: exact whenever *factor* times
    it is above *beat* and at least *floor*; otherwise possibly only an upper bound whose
    *factor* multiple is at most *beat* or below *floor* (a negative *beat* and a zero *floor*:
    always exact).

    Many forms share one class sequence (Mohamed, Mohammed, Muhamad), so the memo is keyed by
    the sequences, not the forms. A caller that only acts on a similarity that beats a value
    (the Latin spelling lift counts only where it beats the string similarity) or reaches a
    floor (:data:`PAIR_FLOOR`: a weaker pair is never used) lets the dynamic programme stop as
    soon as a whole row costs too much (:func:`normx.match.align.distance_units`). *inner*
    is the cost of a vowel inside the word, *near* that of a consonant of a near class (the
    memo is keyed by them too).
    """
    pair = (x, y, inner, near)
    found = _ALIGNED.get(pair)
    if found is not None:
        return found
    bound = _ALIGNED_BELOW.get(pair)
    if bound is not None and (factor * bound <= beat or factor * bound < floor):
        return bound
    if not x or not y:
        return 0.0
    stop = _stop_units(SCALE * max(length(x), length(y), 1), factor, beat, floor)
    units, exact = distance_units(x, y, stop, inner, near)
    sim = similarity(units, x, y)
    memo = _ALIGNED if exact else _ALIGNED_BELOW
    if len(memo) >= ALIGN_CACHE_MAX:
        memo.clear()
    memo[pair] = sim
    return sim


def _stop_units(total: int, factor: float, beat: float, floor: float) -> int | None:
    """The least distance (in units, out of *total*) whose similarity bound makes the caller
    ignore it (:func:`_aligned_above`), or None when the caller needs the exact value."""
    if beat < 0.0 and floor <= 0.0:
        return None

    def ignored(units: int) -> bool:
        bound = max(0.0, 1.0 - units / total)
        return factor * bound <= beat or factor * bound < floor

    lo, hi = 0, total  # ignored(total) holds: its bound is 0
    while lo < hi:
        mid = (lo + hi) // 2
        if ignored(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


BATCH_MIN = 12  # sequences against one: fewer are aligned one by one, in Python


_NO_PAIR = (0.0, "none")
_EXACT = (1.0, "exact")


def token_similarities(
    q: NameToken, names: Sequence[NameToken], *, cross_script: bool
) -> list[tuple[float, str]]:
    """:func:`token_similarity` of *q* with each of *names*, with ``floor=PAIR_FLOOR``:
    exact (value and how) wherever it reaches :data:`PAIR_FLOOR`, some similarity below it
    otherwise (the compiled kernel, :mod:`normx.match.kernels`, gives the exact one always).
    """
    if KERNEL is not None:
        result: list[tuple[float, str]] = KERNEL.token_similarities(q, names, cross_script)
        return result
    return _token_similarities_py(q, names, cross_script=cross_script)


def _token_similarities_py(
    q: NameToken, names: Sequence[NameToken], *, cross_script: bool
) -> list[tuple[float, str]]:
    """:func:`token_similarities` in Python (the reference of the compiled kernel).

    The index compares a new query token with every form sharing its key (dozens; hundreds
    with the one-deletion keys): called once per form, the scalar function spent more time
    dispatching (readings, memo keys, early-stop arguments) than comparing. Here every reading
    of every name is compared with every reading of *q* in one pass per query reading: the
    alignments come from the memo or from one numpy programme over all the sequences (exact,
    as the scalar one), the string ratios from one ``rapidfuzz`` call (the same numbers as
    ``ratio``), and the key lift is the same float operations in the same order as
    :func:`token_similarity`'s; each pair then keeps its first best reading pair, as
    :func:`token_similarity` does (it compares the readings query-first, keeps a later pair
    only when strictly better, and no pair but identical forms reaches 1.0). The names'
    readings are laid out once for all of *q*'s readings.
    """
    spans: list[tuple[int, int]] | None = None
    readings: Sequence[tuple[str, str]]
    if any(n.alts for n in names):
        flat: list[tuple[str, str]] = []
        spans = []
        for n in names:
            start = len(flat)
            flat.append((n.form, n.key))
            flat.extend(n.alts)
            spans.append((start, len(flat)))
        readings = flat
    else:
        readings = [(n.form, n.key) for n in names]
    per_reading = [
        _single_readings(qf, qk, readings, cross_script) for qf, qk in ((q.form, q.key), *q.alts)
    ]
    if spans is not None:
        per_reading = [[_first_best(found[a:b]) for a, b in spans] for found in per_reading]
    if len(per_reading) == 1:
        return per_reading[0]
    return [_first_best(found) for found in zip(*per_reading, strict=True)]


def _first_best(found: Sequence[tuple[float, str]]) -> tuple[float, str]:
    """The first of the highest similarities (a later one only when strictly higher)."""
    best = found[0]
    for other in found[1:]:
        if other[0] > best[0]:
            best = other
    return best


def _single_readings(
    qf: str, qk: str, names: Sequence[tuple[str, str]], cross_script: bool
) -> list[tuple[float, str]]:
    """:func:`token_similarities` of the reading (*qf*, *qk*) with single readings (form,
    key): :func:`token_similarity`'s tests and arithmetic, per distinct key where they depend
    on the keys only."""
    out: list[tuple[float, str]] = [_NO_PAIR] * len(names)
    close: dict[str, bool] = {}
    plain: list[int] = []
    short = MAX_EXACT_ONLY if not cross_script else -1
    qlen = len(qf)
    for i, (nf, nk) in enumerate(names):
        if nf == qf:
            out[i] = _EXACT
            continue
        near = close.get(nk)
        if near is None:
            near = close[nk] = keys_close(qk, nk)
        # _compared: close keys, and two Latin letters leave no room for a variant spelling
        if near and (qlen if qlen < len(nf) else len(nf)) > short:
            plain.append(i)
    if not plain:
        return out
    if cross_script:
        x = cross_sequence(qf)
        seqs = [cross_sequence(names[i][0]) for i in plain]
        aligned = _exact_alignments(x, seqs, CROSS_INNER, CROSS_NEAR)
        for i, y in zip(plain, seqs, strict=True):
            a = aligned.get(y)
            if a is None:
                a = _aligned_above(
                    x, y, CROSS_SCRIPT_FACTOR, 0.0, PAIR_FLOOR, CROSS_INNER, CROSS_NEAR
                )
            sim = CROSS_SCRIPT_FACTOR * a
            if sim > 0.0:
                out[i] = (sim, "key" if names[i][1] == qk else "cross")
        return out
    x = class_sequence(qf)
    lifting = len(qk) >= MIN_LIFTING_KEY
    forms = [names[i][0] for i in plain]
    # _latin_aligned: a short shared key pairs only forms of comparable length
    seqs = [
        class_sequence(nf) if nk != qk or lifting or _comparable(qf, nf) else None
        for nf, nk in (names[i] for i in plain)
    ]
    aligned = _exact_alignments(x, [y for y in seqs if y is not None], LATIN_INNER, SCALE)
    ratios = cdist([qf], forms, scorer=ratio, dtype=np.float64, workers=1)[0].tolist()
    key_sims: dict[str, float] = {}
    for i, r, y in zip(plain, ratios, seqs, strict=True):
        nk = names[i][1]
        s = r / 100.0
        if qk == nk and lifting:
            sim, h = 0.55 + 0.45 * max(s, 0.5), "key"
        elif qk == nk:
            sim, h = SHORT_KEY_BASE + (1 - SHORT_KEY_BASE) * s, "key"
        else:
            ks = key_sims.get(nk)
            if ks is None:
                ks = key_sims[nk] = _key_sim(qk, nk)
            sim, h = max(s, 0.5 * ks + 0.45 * s), "fuzzy"
        if y is not None:
            a = aligned.get(y)
            if a is None:
                a = _aligned_above(x, y, LATIN_ALIGN_FACTOR, sim, PAIR_FLOOR)
            spelled = LATIN_ALIGN_FACTOR * a
            if spelled > sim:
                sim, h = spelled, "vowels"
        if sim > 0.0:
            out[i] = (sim, h)
    return out


def _exact_alignments(x: str, ys: Sequence[str], inner: int, near: int) -> dict[str, float]:
    """The exact alignment similarity of *x* to *ys*, by sequence: all of them from one numpy
    programme when there are at least :data:`BATCH_MIN` (laid out once per set of sequences:
    the forms sharing a key meet every new query token with that key), otherwise those the memo
    holds (the others are left to the scalar programme, which may stop early)."""
    if not x:
        return dict.fromkeys(ys, 0.0)
    distinct = tuple(sorted({y for y in ys if y}))
    found: dict[str, float] = dict.fromkeys([y for y in ys if not y], 0.0)
    if len(distinct) >= BATCH_MIN:
        sims = similarities_to(x, distinct, inner, near)
        found.update(zip(distinct, sims, strict=True))
        if len(_ALIGNED) + len(distinct) >= ALIGN_CACHE_MAX:
            _ALIGNED.clear()
        _ALIGNED.update(zip(((x, y, inner, near) for y in distinct), sims, strict=True))
        return found
    for y in distinct:
        hit = _ALIGNED.get((x, y, inner, near))
        if hit is not None:
            found[y] = hit
    return found


def _compared(qf: str, qk: str, nf: str, nk: str, cross_script: bool) -> bool:
    """Whether :func:`token_similarity` compares these two (different) readings at all."""
    if not keys_close(qk, nk):
        return False  # different consonant skeletons: not spellings of one name part
    # "OK" is not "UK": two Latin letters leave no room for a variant spelling
    return cross_script or min(len(qf), len(nf)) > MAX_EXACT_ONLY


def _latin_aligned(qf: str, qk: str, nf: str, nk: str) -> bool:
    """Whether two compared Latin readings are also aligned: a short shared key pairs only
    forms of comparable length (as the index assumes: see Matcher._find_neighbours)."""
    return qk != nk or len(qk) >= MIN_LIFTING_KEY or _comparable(qf, nf)


def _comparable(a: str, b: str) -> bool:
    """True if the lengths of *a* and *b* allow a string ratio of :data:`SHORT_KEY_RATIO`."""
    return 2 * min(len(a), len(b)) / (len(a) + len(b)) >= SHORT_KEY_RATIO


def _form_sim(a: str, b: str) -> float:
    return ratio(a, b) / 100.0


def token_similarity(
    q: NameToken, n: NameToken, *, cross_script: bool, floor: float = 0.0
) -> tuple[float, str]:
    """Similarity of two tokens in [0, 1] and the evidence that gave it.

    Identical forms score 1; otherwise only readings whose phonetic keys are close
    (:func:`keys_close`) are compared, by string similarity lifted by key agreement, or, across
    scripts, by :func:`cross_script_similarity`.

    *floor*: a caller that ignores similarities below it (the scorer and the index, with
    :data:`PAIR_FLOOR`) gets the exact answer whenever it is at least *floor*, and otherwise
    some similarity below *floor*; the alignment then stops as soon as it cannot reach it.
    The compiled kernel (:mod:`normx.match.kernels`) always gives the exact answer.
    """
    if KERNEL is not None:
        result: tuple[float, str] = KERNEL.token_similarity(q, n, cross_script)
        return result
    return _token_similarity_py(q, n, cross_script=cross_script, floor=floor)


def _token_similarity_py(
    q: NameToken, n: NameToken, *, cross_script: bool, floor: float = 0.0
) -> tuple[float, str]:
    """:func:`token_similarity` in Python (the reference of the compiled kernel)."""
    best, how = 0.0, "none"
    for qf, qk in ((q.form, q.key), *q.alts):
        for nf, nk in ((n.form, n.key), *n.alts):
            if qf == nf:
                return 1.0, "exact"
            if not _compared(qf, qk, nf, nk, cross_script):
                continue
            if cross_script:
                aligned = _aligned_above(
                    cross_sequence(qf),
                    cross_sequence(nf),
                    CROSS_SCRIPT_FACTOR,
                    best,
                    floor,
                    CROSS_INNER,
                    CROSS_NEAR,
                )  # only a similarity above *best* and at least *floor* can change the answer
                sim = CROSS_SCRIPT_FACTOR * aligned
                h = "key" if qk == nk else "cross"
            else:
                s = _form_sim(qf, nf)
                if qk == nk and len(qk) >= MIN_LIFTING_KEY:
                    sim, h = 0.55 + 0.45 * max(s, 0.5), "key"
                elif qk == nk:  # a one- or two-consonant key is shared by many words: less lift
                    sim, h = SHORT_KEY_BASE + (1 - SHORT_KEY_BASE) * s, "key"
                else:
                    ks = _key_sim(qk, nk)
                    sim, h = max(s, 0.5 * ks + 0.45 * s), "fuzzy"
                # Two Latin spellings of one Arabic name differ mostly in vowels (Beida /
                # Bayda, Zawiya / Zawiyah): the vowel-tolerant alignment sees through them.
                if _latin_aligned(qf, qk, nf, nk):
                    # the alignment matters only where it beats *sim*: it may stop early
                    aligned = _aligned_above(
                        class_sequence(qf), class_sequence(nf), LATIN_ALIGN_FACTOR, sim, floor
                    )
                    spelled = LATIN_ALIGN_FACTOR * aligned
                    if spelled > sim:
                        sim, h = spelled, "vowels"
            if sim > best:
                best, how = sim, h
    return best, how


@lru_cache(maxsize=262_144)
def keys_close(a: str, b: str) -> bool:
    """True if two phonetic keys are equal or share a one-deletion variant.

    Tokens pair only when their keys are close: this is what makes the indexed candidate
    generation (which looks up exactly these neighbours) find every pair the scorer accepts.
    """
    if not a or not b:
        return False
    return a == b or not _deletion_set(a).isdisjoint(_deletion_set(b))


@lru_cache(maxsize=131_072)
def _deletion_set(key: str) -> frozenset[str]:
    """:func:`deletions`, remembered: a key meets many others (keys_close is asked per pair)."""
    return frozenset(deletions(key))


def deletions(key: str) -> set[str]:
    """The key itself and every key with one symbol deleted (keys of 3+ symbols only)."""
    out = {key}
    if len(key) >= 3:
        out.update(key[:i] + key[i + 1 :] for i in range(len(key)))
    return out


def _key_sim(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return Levenshtein.normalized_similarity(a, b)


def _configured_kernel() -> ModuleType | None:
    """The compiled kernel given this module's costs, factors and sequence functions, or None
    (pure Python): see :mod:`normx.match.kernels`."""
    module = kernels.module
    if module is None:
        return None
    module.configure(
        (*KERNEL_UNITS, LATIN_INNER, CROSS_INNER, CROSS_NEAR),
        "".join("".join(sorted(pair)) for pair in NEAR_CLASSES),
        (CROSS_SCRIPT_FACTOR, LATIN_ALIGN_FACTOR, SHORT_KEY_BASE, SHORT_KEY_RATIO),
        (MIN_LIFTING_KEY, MAX_EXACT_ONLY),
        SILENT_END,
        class_sequence,
        cross_sequence,
        _NO_PAIR,
        _EXACT,
    )
    return module


KERNEL = _configured_kernel()
"""The compiled kernel (``normx._kernels``) when built and not disabled, else None."""
