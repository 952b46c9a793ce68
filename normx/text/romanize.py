"""Romanisation of Arabic-script names into a Latin skeleton in normx's key space.

Unlike ``unidecode`` (which maps alef to nothing and ح to "H", merged with ه once lowercased),
this romaniser is designed for names: each letter gets the spelling English sources use most
(خ kh, ش sh, ق q, ع and ء an apostrophe), long vowels and glides get a vowel letter, and short
vowels, which Arabic does not write, are left out. The phonetic key of the output therefore
equals the key of the usual English spellings: خالد -> "khald" (key KLT) ~ Khaled, Khalid.

The letter table is data: ``normx/text/data/letters.yaml`` (section ``arabic``).
"""

from __future__ import annotations

from functools import cache

from normx.text.arabic import strip_marks
from normx.text.resources import load_data


@cache
def _table() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_data("letters.yaml")["arabic"].items()}


def romanize(text: str) -> str:
    """Romanise Arabic-script *text*; characters that are not Arabic letters pass through.

    Word-initial و and ي are written ``w`` and ``y`` (they are consonants there).
    """
    if not text:
        return ""
    table = _table()
    out: list[str] = []
    prev_is_letter = False
    for ch in strip_marks(text):
        mapped = table.get(ch)
        if mapped is None:
            out.append(ch)
            prev_is_letter = False
            continue
        if not prev_is_letter and ch in "وي":
            mapped = "w" if ch == "و" else "y"
        out.append(mapped)
        prev_is_letter = True
    return "".join(out)
