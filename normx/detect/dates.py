"""Month abbreviations before a day number are dates, not names ("Jan. 24").

Wire style abbreviates months (AP: "Jan. 24", "Aug. 3"). Most abbreviations are stop words
already, but a few are also names or words ("Jan" of Ján Kubiš, the UN envoy to Libya in 2021;
"Mar", "Jun", "Jul"), so they cannot be stop words everywhere: where one is followed by a day
number its capital says nothing, and the token is read as lower case (no span starts there).
The list is data (``stopwords.yaml``, ``day_months``).
"""

from __future__ import annotations

import re
from functools import cache

from normx.detect.tokens import Token


@cache
def _date_pattern(months: frozenset[str]) -> re.Pattern[str]:
    words = "|".join(sorted(re.escape(m) for m in months))
    return re.compile(rf"\b(?:{words})\.?[ \u00a0]?\d", re.IGNORECASE)


def uncapitalise_dates(text: str, tokens: list[Token], months: frozenset[str]) -> list[Token]:
    """*tokens* with each capitalised month abbreviation of *months* (folded) that a day number
    follows, after an optional full stop and one space, marked lower case. The text is
    searched once in C; documents without such a date cost nothing more."""
    if not months or _date_pattern(months).search(text) is None:
        return tokens
    after = re.compile(r"\.?[ \u00a0]?\d")
    out = list(tokens)
    for k, tok in enumerate(out):
        if tok.cap and tok.form in months and after.match(text, tok.end):
            out[k] = tok._replace(cap=False)
    return out
