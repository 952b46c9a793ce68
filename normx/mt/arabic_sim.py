"""Similarity of two Arabic spellings of one name word, as a back-transliteration sees them.

A Latin spelling loses what sets apart some Arabic letters (h: ح or ه; t: ت or ط; s: س or ص;
d: د or ض; z/dh: ز ذ ظ; k/q: ك or ق), says nothing sure about the long vowels (Mahmud /
Mahmoud: محمود; Abed: عبد or عابد), the glottal letters (ع ء written or not) or doubled
consonants (shadda is not written), and ends a feminine name in -a, -ah or -e (ة, ه, ا). So a
guessed Arabic spelling differs from the gazetteer's mostly in those places: this weighted edit
distance charges little for them and a full edit for anything else (Mishri / Misri: ش vs ص is a
real difference). The matcher's own Arabic comparison works on romanised keys, tuned for Latin
spellings; these costs are tuned for Arabic guesses.

Words are compared after :func:`normx.text.arabic.normalize_arabic` (alef forms, ى, ة merged),
with doubled letters collapsed; :func:`word_key` is the consonant skeleton used to find
candidate words (equal keys, or one deletion apart).
"""

from __future__ import annotations

import math
from functools import lru_cache

from normx.text.arabic import normalize_arabic

# Letters a Latin spelling cannot tell apart (normalised letters only): h, t/th, s/th, d/dh/z,
# z/dh, g/q/k (Libyan and Egyptian g: Gaddafi, Gamal), gh/kh.
_CLASSES = ("حه", "تطث", "سصث", "دضذظ", "زذظ", "قكغج", "غخ")
SAME_SOUND = 0.25  # ح for ه, ص for س...
WEAK = frozenset("اويع" + "ء")  # long vowels and glottals: written or not, at a guess
WEAK_INDEL = 0.4  # a long vowel letter or glottal one spelling has and the other lacks
GLOTTAL_SUB = 0.3  # ا for ع or ء (Abed: عابد / أبيد)
VOWEL_SUB = 0.5  # one long vowel for another (ا for و)
FINAL_H = 0.3  # feminine ending: ة/ه written, or ا, or nothing (Misrata / مصراته)
OTHER = 1.0
SWAP = 0.5  # two neighbour letters swapped: a slip of the romaniser (Aksen written Akens)

_SAME: dict[tuple[str, str], float] = {}
for group in _CLASSES:
    for a in group:
        for b in group:
            if a != b:
                _SAME[(a, b)] = SAME_SOUND


def _collapse(word: str) -> str:
    """Doubled letters written once (shadda is not written; a guess may double: حممود)."""
    out: list[str] = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65_536)
def prepare(word: str) -> str:
    """A word as it is compared: normalised, spaces removed, doubled letters collapsed
    (remembered: a pure function of the word, asked for the same gazetteer words by every
    query back-translation reads)."""
    return _collapse(normalize_arabic(word).replace(" ", ""))


_KEY_MAP = str.maketrans(
    {"ح": "ه", "ط": "ت", "ث": "ت", "ص": "س", "ض": "د", "ذ": "د", "ظ": "د", "ز": "د"}
    | {"ق": "ك", "غ": "ك", "ج": "ك"}
)


def word_key(word: str) -> str:
    """The consonant skeleton of a prepared word: weak letters dropped, sound classes merged,
    a final ه dropped (محمود and محمد share مهمد; مصراته and مصراتا share مسرت)."""
    body = word[:-1] if len(word) > 2 and word.endswith("ه") else word
    return _collapse("".join(ch for ch in body if ch not in WEAK).translate(_KEY_MAP))


_SUB: dict[tuple[str, str], float] = dict(_SAME)
for a in WEAK:
    for b in WEAK:
        if a != b:
            glottal = "ا" in (a, b) and ("ع" in (a, b) or "ء" in (a, b))
            _SUB[(a, b)] = GLOTTAL_SUB if glottal else VOWEL_SUB


def _indels(word: str) -> list[float]:
    """The cost of leaving out each letter of *word*."""
    last = len(word) - 1
    return [
        WEAK_INDEL if ch in WEAK else FINAL_H if (i == last and ch == "ه") else OTHER
        for i, ch in enumerate(word)
    ]


@lru_cache(maxsize=262_144)
def distance(a: str, b: str, limit: float = math.inf) -> float:
    """Weighted edit distance of two prepared words (see the module docstring), neighbour
    letters swapped at SWAP (Akens / Aksen); a value above *limit* once every alignment is
    known to cost more (the exact distance is not needed)."""
    ia, ib = _indels(a), _indels(b)
    sub = _SUB.get
    before: list[float] = []
    prev = [0.0]
    for cost in ib:
        prev.append(prev[-1] + cost)
    for i, (ca, da) in enumerate(zip(a, ia, strict=True)):
        cur = [prev[0] + da]
        for j, cb in enumerate(b):
            diag = prev[j] + (0.0 if ca == cb else sub((ca, cb), OTHER))
            up = prev[j + 1] + da
            left = cur[j] + ib[j]
            best = diag if diag <= up and diag <= left else up if up <= left else left
            if i and j and ca == b[j - 1] and a[i - 1] == cb and ca != cb:
                best = min(best, before[j - 1] + SWAP)
            cur.append(best)
        if min(cur) > limit:
            return min(cur)
        before, prev = prev, cur
    return prev[-1]


def similarity(a: str, b: str, floor: float = 0.0) -> float:
    """1 - distance / length of the longer word, in [0, 1]; prepared words expected. Exact when
    at least *floor*; otherwise some value below it."""
    if a == b:
        return 1.0 if a else 0.0
    size = max(len(a), len(b))
    if not size:
        return 0.0
    limit = (1.0 - floor) * size if floor > 0 else math.inf
    return max(0.0, 1.0 - distance(a, b, limit) / size)
