"""Folding of Latin-script names to a plain lowercase ASCII-like form.

Steps, in order (each tested in ``tests/text/test_latin.py``):

1. Unicode NFKC (full-width letters, ligatures, compatibility forms become plain letters).
2. Case folding (``str.casefold``: ß -> ss, Turkish dotted I handled below).
3. Letters that do not decompose (ı ø ł đ ð þ æ œ ß ...) and transliteration letters whose
   diacritic changes the consonant (ǧ = j, ḫ = kh, ɣ = gh) are mapped from data
   (``folding`` in ``normx/text/data/letters.yaml``).
4. Latin diacritics are removed (NFD, then combining marks dropped): Özbal -> ozbal.
5. Apostrophes and the ayn/hamza marks (ʿ ʾ ' ’ ‘ ` ´ ʼ ′) are removed: Mu'ammar -> muammar.

Hyphens and other punctuation are *not* removed here: the tokenizer needs the hyphen to tell
"a-Sarraj" (article) from the English word "a". Use :func:`split_words` for that.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from normx.text.resources import load_data


@cache
def _special() -> dict[int, str]:
    """Letters mapped before diacritics are dropped (``folding`` in ``letters.yaml``)."""
    table = load_data("letters.yaml")["folding"]
    return str.maketrans({str(k): str(v or "") for k, v in table.items()})


APOSTROPHES = "ʿʾ'’‘`´ʼ′ʻʽ"
_APOSTROPHE_RE = re.compile(f"[{re.escape(APOSTROPHES)}]")
HYPHENS = "-‐‑‒–—―_"
_WORD_RE = re.compile(r"[^\W_]+(?:[" + re.escape(HYPHENS) + r"]+[^\W_]+)*")
_HYPHEN_RE = re.compile("[" + re.escape(HYPHENS) + "]+")


# folded texts remembered (short ones: span texts and words, not whole documents): a first
# canonicalize pass folded ~100k texts, most of them words and spans folded before by another
# rule (session 16: ~3% of the pass)
FOLD_MEMO_MAX = 65_536
FOLD_MEMO_CHARS = 200
_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """Fold *text* to lowercase letters without diacritics or apostrophes (steps 1-5)."""
    if not text:
        return ""
    found = _FOLDED.get(text)
    if found is not None:
        return found
    folded = _fold(text)
    if type(text) is str and len(text) <= FOLD_MEMO_CHARS:
        if len(_FOLDED) >= FOLD_MEMO_MAX:
            _FOLDED.clear()
        _FOLDED[text] = folded
    return folded


def _fold(text: str) -> str:
    """:func:`fold`, worked out."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_special())
    text = unicodedata.normalize("NFD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHE_RE.sub("", text)
    return unicodedata.normalize("NFC", text)


def split_words(folded: str) -> list[list[str]]:
    """Split folded text into words, each a list of its hyphen-joined parts.

    Anything that is not a letter, digit or hyphen separates words, so "Haftar's" is
    ``[["haftars"]]`` only if the apostrophe was already folded away, and
    "Abd al-Hamid (Dbeibah)" is ``[["abd"], ["al", "hamid"], ["dbeibah"]]``.
    """
    return [_HYPHEN_RE.split(m.group(0)) for m in _WORD_RE.finditer(folded)]
