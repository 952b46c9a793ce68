"""Islamic-calendar months after a day number are dates, not names ("the 20th of Ramadan").

Translations from Arabic date events by the Hijri calendar: "on the eve of the 20th of
Ramadan", "17 Ramadan". The months are also given names ("Ramadan Abu Zaaquq") and villages'
names, so they cannot be stop words; after a day number (with an ordinal ending and "of", or
without) a month's capital says nothing, and the token is read as lower case, as
:mod:`normx.detect.dates` does for "Jan. 24". The list is data (``hijri_months.yaml``).
"""

from __future__ import annotations

import re
from functools import cache

from normx.detect.lexicon import detect_data
from normx.detect.tokens import Token
from normx.text.latin import fold


@cache
def hijri_months() -> frozenset[str]:
    """The months' folded spellings."""
    return frozenset(fold(str(m)) for m in detect_data("hijri_months.yaml")["months"])


@cache
def hijri_pairs() -> dict[str, frozenset[str]]:
    """Two-word months: the first word's folded form -> the second words it takes."""
    table = detect_data("hijri_months.yaml").get("pairs") or {}
    return {
        fold(str(first)): frozenset(_bare(fold(str(w))) for w in seconds)
        for first, seconds in table.items()
    }


def _bare(form: str) -> str:
    """*form* without apostrophes ("qa'dah" -> "qadah")."""
    return form.replace("'", "").replace("\u2019", "").replace("`", "")


_ARTICLES = frozenset({"al", "el", "ul"})


def _pair_months(tokens: list[Token]) -> list[int]:
    """Indices of the tokens of each capitalised two-word month ("Dhu al-Qadah")."""
    pairs = hijri_pairs()
    found: list[int] = []
    for k, tok in enumerate(tokens):
        seconds = pairs.get(tok.form) if tok.cap else None
        if not seconds:
            continue
        j = k + 1
        if j < len(tokens) and tokens[j].form in _ARTICLES:
            j += 1
        if j < len(tokens) and _bare(tokens[j].form) in seconds:
            found.extend(range(k, j + 1))
    return found


_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:[ \u00a0]+of)?[ \u00a0]+$", re.IGNORECASE)


def uncapitalise_hijri_dates(text: str, tokens: list[Token]) -> list[Token]:
    """*tokens* with each capitalised Hijri month that a day number precedes, and each
    two-word month wherever it stands, marked lower case."""
    months = hijri_months()
    found = [
        k
        for k, tok in enumerate(tokens)
        if tok.cap
        and tok.form in months
        and _DAY_BEFORE.search(text, max(0, tok.start - 16), tok.start) is not None
    ]
    found += _pair_months(tokens)
    if not found:
        return tokens
    out = list(tokens)
    for k in found:
        out[k] = out[k]._replace(cap=False)
    return out
