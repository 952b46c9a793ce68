"""The quotation marks around a span, found through an index of the text's quote marks.

:func:`quoted_around` answers what the character walk it replaces answered (kept as
:func:`quoted_around_scanned`, the reference the tests compare with): walking left from the
span, the first quotation mark or sentence punctuation decides whether a quote opens there;
walking right, the first one decides whether it closes. Every linked segment asks it (twice:
:mod:`normx.resolve.quoted_name` and the linker's loose-word test), and most are in no quote,
so the walk read a clause of characters one Python step at a time. Here the text's quote
marks (a few per article) are listed once per text; a question takes the nearest mark either
side by bisection and asks one regex search whether punctuation stands between it and the span.
"""

from __future__ import annotations

import re
from bisect import bisect_left

OPEN_QUOTES = '"“«'
CLOSE_QUOTES = '"”»'
NO_NAME_INSIDE = ".!?;:,\n"
_QUOTE = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES[1:]) + "]")
_NO_NAME = re.compile("[" + re.escape(NO_NAME_INSIDE) + "]")


# the last text asked about and its quote marks' positions, as one tuple (replaced whole, so
# that two threads never pair one text with another's marks): a document's segments ask in a row
_last: tuple[str, list[int]] = ("", [])


def _marks_of(text: str) -> list[int]:
    global _last
    known, positions = _last
    if text is not known and text != known:
        positions = [m.start() for m in _QUOTE.finditer(text)]
        _last = (text, positions)
    return positions


def quoted_around(text: str, start: int, end: int) -> str | None:
    """The text between the quotation marks around ``start``..``end`` on one line, without
    sentence punctuation inside, if there are such marks."""
    marks = _marks_of(text)
    i = bisect_left(marks, start)  # marks[i - 1]: the nearest mark before the span
    if i == 0:
        return None
    left = marks[i - 1]
    if text[left] not in OPEN_QUOTES or _NO_NAME.search(text, left + 1, start) is not None:
        return None
    j = bisect_left(marks, end, i - 1)  # marks[j]: the nearest mark at or after its end
    if j == len(marks):
        return None
    right = marks[j]
    if text[right] not in CLOSE_QUOTES or _NO_NAME.search(text, end, right) is not None:
        return None
    return _inside(text, left, right)


def quoted_around_scanned(text: str, start: int, end: int) -> str | None:
    """:func:`quoted_around` by a walk over the characters (the reference)."""
    left = start - 1
    while left >= 0 and text[left] not in OPEN_QUOTES:
        if text[left] in NO_NAME_INSIDE or text[left] in CLOSE_QUOTES[1:]:
            return None
        left -= 1
    right = end
    while right < len(text) and text[right] not in CLOSE_QUOTES:
        if text[right] in NO_NAME_INSIDE or text[right] in OPEN_QUOTES[1:]:
            return None
        right += 1
    if left < 0 or right >= len(text):
        return None
    return _inside(text, left, right)


def _inside(text: str, left: int, right: int) -> str | None:
    line_start = text.rfind("\n", 0, left) + 1
    if text[left] == '"' and text.count('"', line_start, left) % 2:
        return None  # the mark before closes an earlier quotation: the word is outside
    return text[left + 1 : right].strip()
