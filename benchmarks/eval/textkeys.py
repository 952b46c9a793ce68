"""Small string helpers shared by the evaluation-set builders.

Nothing here is part of normx: these keys exist only to *build* evaluation sets honestly
(spot duplicates, tell a spelling variant of a name from a different name, tell Arabic from
Latin script).  They are deliberately crude and independent of the matcher under test, so the
sets do not quietly encode the matcher's own notion of similarity.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein
from unidecode import unidecode

_ARABIC_RE = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARABIC_MARKS_RE = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_NON_ARABIC_RE = re.compile("[پچژگیکۀہھےۓ]")
# Letters that Western names written in Arabic script practically never use (unlike ث خ ط ق غ,
# which stand for th, ch, t, k, g); used to pick Arab names out of mixed word lists.
_ARABIC_ORIGIN_LETTERS = frozenset("عحصضظ")

PARTICLES = frozenset(
    {
        "al", "el", "il", "ul", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az",
        "ibn", "bin", "ben", "bint", "b", "abu", "abou", "abo", "bou", "bu", "abd", "abdul",
        "abdel", "abdal", "abdoul", "ould", "wuld", "the", "de", "da", "ai",
    }
)  # fmt: skip


_INVISIBLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


def clean(text: str) -> str:
    """Text without invisible/bidi control characters and with single spaces."""
    return " ".join(_INVISIBLE.sub(" ", text).split())


def has_arabic(text: str) -> bool:
    """True when the text contains at least one Arabic-script character."""
    return bool(_ARABIC_RE.search(text))


def is_latin(text: str) -> bool:
    """True when every letter of ``text`` is a Latin letter (and there is at least one)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def is_arabic(text: str) -> bool:
    """True when every letter of ``text`` is an Arabic-script letter (and there is at least one)."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(_ARABIC_RE.match(c) for c in letters)


def arabic_words(text: str) -> str:
    """Only the Arabic-script words of a mixed string ('الخرب Al Khorub' -> 'الخرب')."""
    return " ".join(w for w in text.split() if is_arabic(w))


def plain_arabic(text: str) -> bool:
    """True for Arabic-script text without diacritics, tatweel or Persian/Urdu-only letters."""
    clean = not _ARABIC_MARKS_RE.search(text) and not _NON_ARABIC_RE.search(text)
    return is_arabic(text) and clean


def norm_arabic(text: str) -> str:
    """Arabic text reduced for equality tests: no diacritics/tatweel, one alef, ه for ة, ي for ى."""
    text = _ARABIC_MARKS_RE.sub("", unicodedata.normalize("NFKC", text))
    text = re.sub("[أإآٱ]", "ا", text)
    text = text.replace("ة", "ه").replace("ى", "ي").replace("ی", "ي").replace("ک", "ك")
    text = text.replace("ؤ", "و").replace("ئ", "ي")
    return " ".join(text.split())


def arabic_origin(arabic: str, latins: tuple[str, ...] = ()) -> bool:
    """Heuristic: an Arabic-script name of Arabic origin, not a Western name written in Arabic.

    True when the name holds a letter Western names written in Arabic practically never need
    (ع ح ص ض ظ), or when it starts with the article ال and one of its Latin spellings drops that
    article (Gaddafi for القذافي; but Albrecht for ألبرشت keeps its "Al").
    """
    word = norm_arabic(arabic)
    if any(c in _ARABIC_ORIGIN_LETTERS for c in word):
        return True
    if word.startswith("ال") and len(word) > 3:
        return any(not fold(x).startswith(("al", "el")) for x in latins)
    return False


def fold(text: str) -> str:
    """Case- and accent-folded text with collapsed whitespace (the 'same string' test)."""
    return " ".join(unidecode(text).casefold().split())


def name_key(text: str) -> str:
    """Key under which two spellings count as *the same name* (for duplicate checks).

    ASCII-folded, lower-cased, punctuation removed, the article al/el dropped, tokens sorted,
    so "AL-QADHAFI, Muammar" and "Muammar al Qadhafi" share a key.
    """
    if has_arabic(text):
        return "ar:" + norm_arabic(text).replace("ال", "").replace(" ", "")
    tokens = re.split(r"[^a-z]+", unidecode(text).casefold())
    return " ".join(sorted(t for t in tokens if t and t not in {"al", "el"}))


def content_tokens(text: str) -> list[str]:
    """Latin tokens of a name without particles (al, bin, abu, abd...), ASCII-folded."""
    tokens = re.split(r"[^a-z]+", unidecode(text).casefold().replace("'", ""))
    return [t for t in tokens if t and t not in PARTICLES]


# --- consonant skeletons -------------------------------------------------------------------------
# One coarse class per consonant, shared by Latin and Arabic spellings, vowels/w/y/'ayn dropped
# except that a word-initial vowel (or alef/'ayn) is kept as "V" (Ahmed "VHMT" is not Hamdi "HMT").
# Coarse on purpose: Qadhafi, Gaddafi, Kazzafi and القذافي all become "KTF".
_LATIN_DIGRAPHS = (
    ("dsch", "K"), ("sch", "S"), ("kh", "K"), ("gh", "K"), ("sh", "S"), ("ch", "S"), ("th", "T"),
    ("dh", "T"), ("dj", "K"), ("ph", "F"), ("ck", "K"), ("ou", ""),
)  # fmt: skip
_LATIN_CLASS = {
    "b": "B", "p": "B", "v": "F", "f": "F", "t": "T", "d": "T", "z": "T", "s": "S", "c": "K",
    "k": "K", "q": "K", "g": "K", "j": "K", "x": "K", "h": "H", "l": "L", "m": "M", "n": "N",
    "r": "R",
}  # fmt: skip
_ARABIC_CLASS = {
    "ب": "B", "پ": "B", "ت": "T", "ث": "T", "ج": "K", "ح": "H", "خ": "K", "د": "T", "ذ": "T",
    "ر": "R", "ز": "T", "س": "S", "ش": "S", "ص": "S", "ض": "T", "ط": "T", "ظ": "T", "غ": "K",
    "ف": "F", "ڤ": "F", "ق": "K", "ك": "K", "گ": "K", "ل": "L", "م": "M", "ن": "N", "ه": "H",
    "چ": "S", "ژ": "T",
}  # fmt: skip


def _collapse(chars: list[str]) -> str:
    out: list[str] = []
    for c in chars:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def latin_skeleton(token: str) -> str:
    """Consonant-class skeleton of one Latin token (see the class table above)."""
    word = re.sub(r"[^a-z]", "", unidecode(token).casefold())
    if len(word) > 3 and word[:2] in ("al", "el") and word[2] not in "aeiouy":
        word = word[2:]  # joined article: Alkawari -> kawari
    lead = "V" if word[:1] in ("a", "e", "i", "o", "u") else ""
    for digraph, cls in _LATIN_DIGRAPHS:
        word = word.replace(digraph, cls)
    return _collapse([lead] + [c if c.isupper() else _LATIN_CLASS.get(c, "") for c in word])


def arabic_skeleton(token: str) -> str:
    """Consonant-class skeleton of one Arabic token, article stripped, final ة ignored."""
    word = norm_arabic(token).replace(" ", "")
    if word.startswith("ال") and len(word) > 3:
        word = word[2:]
    if word.endswith("ه"):
        word = word[:-1]
    lead = "V" if word[:1] in ("ا", "ع") else ""
    return _collapse([lead] + [_ARABIC_CLASS.get(c, "") for c in word])


def skeleton_similar(a: str, b: str, threshold: float = 0.75) -> bool:
    """True when two skeletons are equal or within a small normalised edit distance."""
    if not a or not b:
        return False
    return a == b or Levenshtein.normalized_similarity(a, b) >= threshold


# Given names so common that sharing one says nothing about being the same person.
COMMON_GIVEN = frozenset(
    latin_skeleton(n)
    for n in (
        "muhammad", "mohammed", "ahmad", "ali", "abdullah", "mahmud", "hasan", "husayn", "umar",
        "uthman", "ibrahim", "yusuf", "khalid", "mustafa", "salih", "said", "allah", "rahman",
        "ismail", "musa", "isa", "yahya",
    )
)  # fmt: skip


def is_spelling_variant(alias: str, canonical: str, min_share: float = 0.5) -> bool:
    """Whether ``alias`` reads as another spelling of ``canonical`` rather than a different name.

    At least ``min_share`` of the alias's content tokens must have a skeleton-similar token in the
    canonical name, and one of those shared tokens must be more than a very common given name.
    "Khaled Al-Fawwaz" is a variant of "Khalid Abd al-Rahman Hamd al-Fawaz"; "Abu-Ahmad Rami"
    (a cover name sharing only "Ahmad") is not a variant of "Sa'id Ahmad Muhammad al-Jamal".
    """
    alias_sk = [latin_skeleton(t) for t in content_tokens(alias)]
    alias_sk = [s for s in alias_sk if s]
    canon_sk = [latin_skeleton(t) for t in content_tokens(canonical)]
    canon_sk = [s for s in canon_sk if s]
    if not alias_sk or not canon_sk:
        return False
    hits = [a for a in alias_sk if any(skeleton_similar(a, c) for c in canon_sk)]
    distinctive = any(h not in COMMON_GIVEN for h in hits)
    return distinctive and len(hits) / len(alias_sk) >= min_share


def romanisation_plausible(latin: str, arabic: str, threshold: float = 0.6) -> bool:
    """Whether a Latin token is a plausible rendering of an Arabic token (filters misalignments)."""
    return skeleton_similar(latin_skeleton(latin), arabic_skeleton(arabic), threshold)


_LOWER_PARTICLES = frozenset({"al", "el", "bin", "ibn", "ben", "bint", "ad", "ar", "as", "ash"})


def title_name(text: str) -> str:
    """Title-case an ALL-CAPS name the way a curator would ("AL-BAGHDADI" -> "al-Baghdadi").

    Mixed-case input is returned unchanged (it already carries the source's own casing).
    """
    if any(c.islower() for c in text):
        return text

    def word(w: str, first: bool) -> str:
        low = w.lower()
        if low in _LOWER_PARTICLES and not first:
            return low
        lead = len(low) - len(low.lstrip("'’‘`"))
        return low[:lead] + low[lead : lead + 1].upper() + low[lead + 1 :]

    out = []
    for i, tok in enumerate(text.split()):
        parts = tok.split("-")
        out.append("-".join(word(p, i == 0 and j == 0) for j, p in enumerate(parts)))
    return " ".join(out)
