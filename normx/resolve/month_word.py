"""A Hijri month named alone is the month, not a place or body of that name.

Translations from Arabic time events by the Islamic calendar: "on the eve of Ramadan", "after
Shawwal". A day number before the month already makes it a date
(:mod:`normx.detect.hijri_dates`); without one the capital still marks only the month's name.
A large gazetteer holds a village for most such words (Ramadan, Rajab, Safar are also given
names and so villages' names), and the lone word spells it exactly. News names a month far more
often than a village of its name, so a month's word alone links to no place or body. Persons
keep their own rules ("Ramadan" after "Ramadan Abu Zaaquq" is the man).
"""

from __future__ import annotations

from normx.detect.hijri_dates import hijri_months
from normx.match.candidate import Candidate


def month_not_place(forms: list[str], cand: Candidate) -> bool:
    """Whether the lone word (folded *forms*, one word) linked to *cand* is a Hijri month
    named alone, and *cand* a place or body (see the module docstring)."""
    return cand.type != "PER" and len(forms) == 1 and forms[0] in hijri_months()
