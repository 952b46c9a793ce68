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
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from normx.text.normalize import NameToken
from normx.text.phonetic import class_sequence

PAIR_FLOOR = 0.7  # below this, two tokens are not spellings of one name part

CROSS_SCRIPT_FACTOR = 0.95  # vowels are guessed across scripts: the same evidence counts less
EDGE_VOWEL_COST = 0.9  # a vowel at either end that one spelling has and the other lacks
INNER_VOWEL_COST = 0.35  # a short vowel Arabic does not write
H_COST = 0.5  # h is written or dropped freely (ه, ح, final -h)
VOWEL_QUALITY_COST = 0.5  # a written long vowel of another quality (ا vs و): Gat is not قاوت
MIN_LIFTING_KEY = 3  # keys this long make agreeing keys real evidence (Jouili is not Jalu)
SHORT_KEY_BASE = 0.3
SHORT_KEY_RATIO = (PAIR_FLOOR - SHORT_KEY_BASE) / (1 - SHORT_KEY_BASE) - 1e-9
"""The string ratio a short-key pair needs to reach :data:`PAIR_FLOOR` (used by the index)."""
NEUTRAL_VOWEL_COST = 0.1
LATIN_ALIGN_FACTOR = 0.97  # two Latin spellings: vowels are chosen, not guessed from a skeleton


@lru_cache(maxsize=262_144)
def cross_script_similarity(a: str, b: str) -> float:
    """Similarity of a Latin spelling and a romanised Arabic one, in [0, 1].

    An edit distance over class sequences (:func:`normx.text.phonetic.class_sequence`) in
    which a short vowel inside the word costs little (Arabic leaves it unwritten) while a vowel
    at either end, or a different consonant class, costs much: "mishri" ~ المشري (mshri) is
    close, "mishri" ~ مصر (msr) is not, "fathi" ~ ويفات (wifat) is far, though all share a key.
    """
    return _aligned_above(class_sequence(a), class_sequence(b), 1.0, -1.0, 0.0)


ALIGN_CACHE_MAX = 262_144  # entries of each alignment memo (cleared when full)
_ALIGNED: dict[tuple[str, str], float] = {}  # exact similarity of two class sequences
_ALIGNED_BELOW: dict[tuple[str, str], float] = {}  # an upper bound, where the DP stopped early


def _aligned_above(x: str, y: str, factor: float, beat: float, floor: float) -> float:
    """The alignment similarity of class sequences *x* and *y*: exact whenever *factor* times
    it is above *beat* and at least *floor*; otherwise possibly only an upper bound whose
    *factor* multiple is at most *beat* or below *floor* (a negative *beat* and a zero *floor*:
    always exact).

    Many forms share one class sequence (Mohamed, Mohammed, Muhamad), so the memo is keyed by
    the sequences, not the forms. A caller that only acts on a similarity that beats a value
    (the Latin spelling lift counts only where it beats the string similarity) or reaches a
    floor (:data:`PAIR_FLOOR`: a weaker pair is never used) lets the dynamic programme stop as
    soon as a whole row costs too much: every alignment passes through each row, and float sums
    of non-negative costs never decrease along a path, so the row minimum bounds the final
    distance (and thus the similarity) exactly as computed.
    """
    pair = (x, y)
    found = _ALIGNED.get(pair)
    if found is not None:
        return found
    bound = _ALIGNED_BELOW.get(pair)
    if bound is not None and (factor * bound <= beat or factor * bound < floor):
        return bound
    if not x or not y:
        return 0.0
    cy = _indel_costs(y)
    size = max(len(x), len(y))
    prev = [0.0]
    for cost in cy:
        prev.append(prev[-1] + cost)
    cutoff = beat >= 0.0 or floor > 0.0
    for sx, dx in zip(x, _indel_costs(x), strict=True):
        sub = _substitution_row(sx, y)
        left = prev[0] + dx
        cur = [left]
        append = cur.append
        # prev is one longer than sub and cy: the cell above-left, then the one above
        for diag, up, s, c in zip(prev, prev[1:], sub, cy, strict=False):
            best = diag + s
            alt = up + dx
            if alt < best:
                best = alt
            alt = left + c
            if alt < best:
                best = alt
            append(best)
            left = best
        prev = cur
        if cutoff:
            bound = max(0.0, 1.0 - min(cur) / size)
            if factor * bound <= beat or factor * bound < floor:
                if len(_ALIGNED_BELOW) >= ALIGN_CACHE_MAX:
                    _ALIGNED_BELOW.clear()
                _ALIGNED_BELOW[pair] = bound
                return bound
    sim = max(0.0, 1.0 - prev[-1] / size)
    if len(_ALIGNED) >= ALIGN_CACHE_MAX:
        _ALIGNED.clear()
    _ALIGNED[pair] = sim
    return sim


def _substitution(a: str, b: str) -> float:
    """Cost of one symbol for another: vowels of another quality cost little, a neutral one
    (a lone e or an apostrophe) almost nothing; consonants of another class cost 1."""
    if a.islower() and b.islower():
        return NEUTRAL_VOWEL_COST if "e" in (a, b) else VOWEL_QUALITY_COST
    return 1.0


@lru_cache(maxsize=131_072)
def _substitution_row(sx: str, y: str) -> tuple[float, ...]:
    """The cost of substituting symbol *sx* for each symbol of *y* (0 where they are equal);
    remembered, since a few symbols meet the same name sequences over and over."""
    return tuple(0.0 if sx == sy else _substitution(sx, sy) for sy in y)


@lru_cache(maxsize=131_072)
def _indel_costs(seq: str) -> tuple[float, ...]:
    """The cost of inserting or deleting each symbol of a class sequence."""
    last = len(seq) - 1
    return tuple(
        (EDGE_VOWEL_COST if i in (0, last) else INNER_VOWEL_COST)
        if sym.islower()
        else (H_COST if sym == "H" else 1.0)
        for i, sym in enumerate(seq)
    )


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
    """
    best, how = 0.0, "none"
    for qf, qk in ((q.form, q.key), *q.alts):
        for nf, nk in ((n.form, n.key), *n.alts):
            if qf == nf:
                return 1.0, "exact"
            if not keys_close(qk, nk):
                continue  # different consonant skeletons: not spellings of one name part
            if cross_script:
                aligned = _aligned_above(
                    class_sequence(qf), class_sequence(nf), CROSS_SCRIPT_FACTOR, best, floor
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
                # A short shared key pairs only forms of comparable length (as the index
                # assumes: see Matcher._find_neighbours).
                if qk != nk or len(qk) >= MIN_LIFTING_KEY or _comparable(qf, nf):
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
