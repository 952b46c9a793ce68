"""Normalisation of Arabic-script text so that spelling habits do not block a match.

Steps, in order (each tested in ``tests/text/test_arabic.py``):

1. Unicode NFKC (presentation forms become base letters).
2. Tatweel (ـ) and diacritics (harakat, shadda, sukun, superscript alef, Quranic marks) removed.
3. Alef forms (أ إ آ ٱ) become bare alef ا; alef maqsura ى becomes ي; ta marbuta ة becomes ه.
4. Persian and Urdu letter forms become their Arabic counterparts (ی ک ۀ ھ).
5. Arabic-Indic and Persian digits become ASCII digits; whitespace is collapsed.

The result is for comparing Arabic strings with each other. Romanisation into the Latin key space
is :mod:`normx.text.romanize`, which works from the *un-merged* letters.
"""

from __future__ import annotations

import re
import unicodedata

_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTER_MAP = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ی": "ي",
        "ې": "ي",
        "ک": "ك",
        "ۀ": "ه",
        "ھ": "ه",
        "ہ": "ه",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
    }
)
_PRESENTATION_FORMS_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_LETTER_RE = re.compile(
    "[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"
)
_LATIN_LETTER_RE = re.compile("[A-Za-z\u00c0-\u024f]")
_SPACE_RE = re.compile(r"\s+")

NON_JOINING = frozenset("اأإآٱدذرزوؤءة")
"""Letters that never join the letter after them: a word written after one with no space
looks the same as two words (حسن ظاهرعويس reads as ظاهر عويس on the page), so writers and
data entry glue names there unseen (:func:`glued_splits`)."""
MIN_GLUED_PART = 3  # letters each half of a glued word needs (ابو, بن are the analyser's)


def glued_splits(word: str) -> list[tuple[str, str]]:
    """The ways *word* may be two words run together: (left, right) at each place after a
    non-joining letter (:data:`NON_JOINING`), both halves at least :data:`MIN_GLUED_PART`
    letters. Only readings: the caller decides whether a split is likelier than the word
    (the index takes one only when both halves are name parts it holds elsewhere)."""
    size = len(word)
    return [
        (word[:k], word[k:])
        for k in range(MIN_GLUED_PART, size - MIN_GLUED_PART + 1)
        if word[k - 1] in NON_JOINING
    ]


def strip_marks(text: str) -> str:
    """Steps 1-2: NFKC, then remove tatweel and diacritics, keeping letter identities."""
    if not text:
        return ""
    return _DIACRITICS_RE.sub("", unicodedata.normalize("NFKC", text))


def normalize_arabic(text: str) -> str:
    """Apply steps 1-5 to *text*."""
    if not text:
        return ""
    return _SPACE_RE.sub(" ", strip_marks(text).translate(_LETTER_MAP)).strip()


def has_arabic(text: str) -> bool:
    """True if *text* contains at least one Arabic-script letter."""
    return bool(text) and _ARABIC_LETTER_RE.search(text) is not None


def has_latin(text: str) -> bool:
    """True if *text* contains at least one Latin letter."""
    return bool(text) and _LATIN_LETTER_RE.search(text) is not None


def is_mostly_arabic(text: str) -> bool:
    """True if Arabic letters outnumber Latin ones (decides how a query is analysed)."""
    if text.isascii():  # no Arabic letter (most queries: one test instead of three scans)
        return False
    if _PRESENTATION_FORMS_RE.search(text):  # ﭐ ﻻ: the letters they compose decide
        text = unicodedata.normalize("NFKC", text)
    arabic = len(_ARABIC_LETTER_RE.findall(text))
    return arabic > 0 and arabic >= len(_LATIN_LETTER_RE.findall(text))
