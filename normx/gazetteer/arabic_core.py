"""An Arabic name's generic place word does not keep two records of one place apart.

:func:`normx.gazetteer.inherit.identify` identifies a user record with the shipped record of
the same English name only when, both having Arabic names, they share one: the Arabic name is
what tells namesakes apart. Arabic sources name a city with or without the word for "city":
the shipped curated Tunis is مدينة تونس ("the city of Tunis", Arabic Wikipedia's title, since
تونس alone is the country), while a user writes تونس. The two were never identified, tied on
every "Tunis", and the mention went to the country by coreference (articles-v5, ``--as-user``).

So the comparison also reads each Arabic name without its generic place words (the words of
``generic_words.yaml`` under their romanised forms: مدينة, قرية, بلدة, مرسى, قبيلة), when a
word remains: مدينة تونس agrees with تونس. The English names still decide which records are
compared; this only keeps an Arabic "city of" from vetoing them.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.gazetteer.schema import Record
from normx.text.generic import generic_words
from normx.text.romanize import romanize

__all__ = ["arabic_agree", "arabic_cores"]

Normalise = Callable[[str], str]


def arabic_cores(rec: Record, norm: Normalise) -> set[str]:
    """The record's Arabic names, normalised, each also without its generic place words."""
    generic = generic_words()
    out: set[str] = set()
    for name in rec.names("ar"):
        if not name:
            continue
        out.add(norm(name))
        words = name.split()
        rest = [w for w in words if romanize(w) not in generic]
        if rest and len(rest) < len(words):
            out.add(norm(" ".join(rest)))
    out.discard("")
    return out


def arabic_agree(user: Record, shipped: Record, norm: Normalise) -> bool:
    """Whether the two records share an Arabic name, generic place words aside."""
    return not arabic_cores(user, norm).isdisjoint(arabic_cores(shipped, norm))
