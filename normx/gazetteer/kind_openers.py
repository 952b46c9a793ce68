"""A short form that is a kind of body several records are named by is no record's own name.

:func:`normx.gazetteer.short_forms.official_short` reads "Central Bank of the Republic of
Turkey" as "Central Bank", the everyday form in a text about Turkey. But when other records
of the gazetteer are named "Central Bank of Libya", "Central Bank of Egypt", the two words are
the kind those bodies share, what news writes in lower case for whichever bank it speaks of
("a veteran central bank official"), not the Turkish bank's name: held as its alias they took
every "central bank" of a text about Libya (articles-v24, 2405). :func:`kind_openers` gives,
per (type, key), the records whose English names open with the form before "of"; a short form
another record's name so opens is not added (:func:`normx.gazetteer.titles.with_bare_titles`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from normx.gazetteer.schema import Record

_OF = " of "


def kind_openers(
    records: Sequence[Record], key: Callable[[str], str], forms: Iterable[str]
) -> dict[tuple[str, str], set[int]]:
    """(type, key of the words before the first "of") -> indices of the records whose English
    names open so, for the short *forms* only ("Central Bank" of "Central Bank of Libya")."""
    lowered = {f.lower() for f in forms}  # a cheap first filter before *key*
    out: dict[tuple[str, str], set[int]] = defaultdict(set)
    if not lowered:
        return out
    for i, rec in enumerate(records):
        if rec.type == "PER":
            continue
        for name in rec.names("en"):
            at = name.find(_OF)
            if at > 0 and name[:at].lower() in lowered:
                out[(rec.type, key(name[:at]))].add(i)
    return out
