"""A Hijri month in a phrase that can only be a time is the month, not a person of that name.

"Ramadan" is a month and a common Libyan given name: "The Minister of Health, Ramadan Abu
Jinah ..." then "The campaign coincides with the month of Ramadan" -- coreference reads the
second "Ramadan" as the minister's first name and links it to him. :mod:`month_word` keeps a
place from the month's word but leaves persons alone, since after a preposition ("after
Ramadan") the man may be meant. Some phrases admit no person at all: a noun of time and "of"
("the month of Ramadan", "the eve of Ramadan") or an adjective that only a month takes ("the
holy Ramadan", "fasting Ramadan"). There a one-word antecedent found for the month is dropped.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.detect.hijri_dates import hijri_months
from normx.resolve.month_word import TIME_ADJECTIVES, TIME_NOUNS, words_before

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

# nouns that, with "of", make a phrase of time no person fits ("the days of" may be a man's
# time in office: left out)
_STRICT_NOUNS = TIME_NOUNS - {"days", "nights", "first", "last"}


def month_phrase(ante: object | None, forms: Sequence[str], linker: SpanLinker, seg: Seg) -> bool:
    """Whether the antecedent *ante* found for the lone word (folded *forms*) of *seg* is to be
    dropped: the word is a Hijri month in a phrase no person fits (see the module docstring)."""
    if ante is None or len(forms) != 1 or forms[0] not in hijri_months():
        return False
    # the words before are read only for a month's name: few segments are one
    before = words_before(linker.text, linker.tokens[seg.first].start)
    if not before:
        return False
    prev = before[-1]
    if prev in TIME_ADJECTIVES:
        return True
    return prev == "of" and len(before) >= 2 and before[-2] in _STRICT_NOUNS
