"""A Hijri month named alone in a phrase of time is the month, not a place or body of its name.

Translations from Arabic time events by the Islamic calendar: "on the eve of Ramadan", "during
Shawwal". A day number before the month already makes it a date
(:mod:`normx.detect.hijri_dates`); without one, the words before the month say it is a time:
a preposition of time ("during", "before", "since"), or a noun of time and "of" ("the eve of",
"the month of"). A large gazetteer holds a village for most months' names (Ramadan, Rajab,
Safar are also given names, so villages' names), which the lone word spells exactly; in such a
phrase the word is the month. Elsewhere ("fighting reached Shawwal") the village may be meant,
and persons keep their own rules ("Ramadan" after "Ramadan Abu Zaaquq" is the man).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normx.detect.hijri_dates import hijri_months
from normx.match.candidate import Candidate
from normx.text.resources import word_list

# data/time_words.yaml: "during Ramadan", "the eve of Ramadan", "the holy month of"
TIME_PREPOSITIONS = frozenset(word_list("normx.resolve", "time_words.yaml", "prepositions"))
TIME_NOUNS = frozenset(word_list("normx.resolve", "time_words.yaml", "nouns"))
TIME_ADJECTIVES = frozenset(word_list("normx.resolve", "time_words.yaml", "adjectives"))
_LAST_WORDS = re.compile(r"([A-Za-z]+)\W+([A-Za-z]+)\s+$|([A-Za-z]+)\s+$")


def words_before(text: str, start: int) -> tuple[str, ...]:
    """The (up to) two words right before offset *start* in *text*, lower case, nearest last;
    none when a sentence or line ends between (a month opening a sentence has none)."""
    head = text[max(0, start - 40) : start]
    m = _LAST_WORDS.search(head)
    if m is None:
        return ()
    words = [w for w in m.groups() if w]
    return tuple(w.lower() for w in words)


def month_not_place(forms: Sequence[str], cand: Candidate, before: Sequence[str]) -> bool:
    """Whether the lone word (folded *forms*, one word) linked to *cand*, a place or body, is
    a Hijri month in a phrase of time: *before* holds the folded words right before it, nearest
    last (see the module docstring)."""
    if cand.type == "PER" or len(forms) != 1 or forms[0] not in hijri_months() or not before:
        return False
    prev = before[-1]
    if prev in TIME_PREPOSITIONS or prev in TIME_ADJECTIVES:
        return True
    return prev == "of" and len(before) >= 2 and before[-2] in TIME_NOUNS
