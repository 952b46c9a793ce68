"""Numbers and day-month dates inside names, in one written form on both sides of a match.

Libyan bodies and places are named by numbers and dates: the 444 Brigade (اللواء 444), the 11
June Stadium (ملعب 11 يونيو), the 17 February Revolution. English writes one of them several
ways: an ordinal ending ("the 128th Brigade" = "128 Brigade"), the month before or after the
day ("June 11 Stadium" = "11 June Stadium"), "of" between them ("the 17th of February").
:func:`canonical_numbers` rewrites folded text so that all of these read alike: the ordinal
ending dropped, a date written day first without "of" ("11 june"). It is applied to a Latin
name before it is split into words (:func:`normx.text.normalize.analyse_name`), on the
gazetteer side and the query side alike, so the spellings meet in the index. A month name
stands only beside a day number of one or two digits: "May" alone or "June 2011" is left as
written.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Protocol

from normx.text.resources import load_data


class HasForm(Protocol):
    """A name token (:class:`normx.text.normalize.NameToken`): its folded form is all this
    module reads."""

    @property
    def form(self) -> str: ...


@cache
def month_names() -> dict[str, str]:
    """Folded month names and short forms -> the full month name (``months.yaml``)."""
    out: dict[str, str] = {}
    for month, shorts in (load_data("months.yaml").get("months") or {}).items():
        out[str(month)] = str(month)
        for short in shorts or ():
            out[str(short)] = str(month)
    return out


_ORDINAL = re.compile(r"\b(\d{1,4})(?:st|nd|rd|th)\b")
_ORDINAL_WORD = re.compile(r"(\d+)(?:st|nd|rd|th)?")


def ordinal_number(word: str) -> str | None:
    """The digits of a folded number word, with or without an ordinal ending ("128th" ->
    "128"); None for any other word."""
    m = _ORDINAL_WORD.fullmatch(word) if word[:1].isdigit() and word.isascii() else None
    return m.group(1) if m else None


@cache
def _date_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The (day first, month first) date patterns over folded text, built once from
    ``months.yaml``; a month-first date must not run on into a figure ("june 11/2")."""
    words = "|".join(sorted(month_names(), key=len, reverse=True))
    day_first = re.compile(rf"\b(\d{{1,2}})\s+(?:of\s+)?({words})\b\.?")
    month_first = re.compile(rf"\b({words})\b\.?\s+(\d{{1,2}})\b(?![/.,]?\d)")
    return day_first, month_first


def _day_month(day: str, month: str) -> str:
    return f"{int(day)} {month_names()[month]}"


def canonical_numbers(folded: str) -> str:
    """*folded* text (lower case) with ordinal endings dropped and each day-month date written
    day first ("the 11th of june" -> "the 11 june", "june 11 stadium" -> "11 june stadium")."""
    if not any(ch.isdigit() for ch in folded):
        return folded
    text = _ORDINAL.sub(r"\1", folded)
    day_first, month_first = _date_patterns()
    text = month_first.sub(lambda m: _day_month(m.group(2), m.group(1)), text)
    return day_first.sub(lambda m: _day_month(m.group(1), m.group(2)), text)


def numbers_differ(query: Sequence[HasForm], name: Sequence[HasForm]) -> bool:
    """Whether two analysed names both hold numbers (words of digits only) and not the same
    ones: "116 Brigade" is not the 128th Brigade however alike the digits look (a spelling
    likeness between numbers says nothing), nor the "6+6 Committee" the 5+5 Joint Military
    Commission. A name without a number is left to the scorer ("the Brigade"), and a word
    that mixes digits and letters ("218TV") is no number here."""
    mine = [t.form for t in query if t.form.isdigit()]
    if not mine:
        return False
    theirs = [t.form for t in name if t.form.isdigit()]
    return bool(theirs) and sorted(mine) != sorted(theirs)
