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
    follows, after an optional full stop and one space, marked lower case.

    The tokens are read first (a set look-up per capitalised token; most documents name no
    month): only when one is followed by a day number is the text searched for the date
    pattern, the test this rule has always applied before marking any token (a folded form
    may be a month whose spelling in the text the pattern does not match)."""
    if not months:
        return tokens
    after = _AFTER_MONTH.match
    found = [
        k for k, tok in enumerate(tokens) if tok.cap and tok.form in months and after(text, tok.end)
    ]
    if not found or _date_pattern(months).search(text) is None:
        return tokens
    out = list(tokens)
    for k in found:
        out[k] = out[k]._replace(cap=False)
    return out


_AFTER_MONTH = re.compile(r"\.?[ \u00a0]?\d")
