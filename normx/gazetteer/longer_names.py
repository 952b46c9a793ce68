"""A name that holds another whole, with words around it, is named *after* it.

"Bani Walid Airport", "Ain Zara Center" and "Tripoli International Airport" are places named
after a town: their names hold the town's name as whole words. When normx works out which
shipped names a user's record may inherit (:mod:`normx.gazetteer.inherit`), a name is refused
if the matcher answers it with another loaded record better than with the user's; a record
named after the name must not count as that rival. Its partial match ("Bani Walid" against
"Bani Walid Airport", 0.94) outranks the user's Arabic-only record read through the
romaniser (بني وليد, 0.91), so the town would never inherit its own English name, and every
"Bani Walid" in a text went to the airport or to nobody. Measured with
``benchmarks/eval/gazetteer_styles.py`` (style ``arabic``: a share of the records keep only
their Arabic name).
"""

from __future__ import annotations

from functools import lru_cache

from normx.text.normalize import analyse_name, core_tokens

__all__ = ["LONGER_NAMES_VERSION", "is_named_after"]

LONGER_NAMES_VERSION = 2  # part of the inheritance's cache key: bump when the rule changes


@lru_cache(maxsize=65536)
def _forms(text: str) -> tuple[str, ...]:
    return tuple(t.form for t in core_tokens(analyse_name(text)))


def is_named_after(name: str, other: str) -> bool:
    """Whether *other* holds all of *name*'s words, in order and together, and more words
    ("Bani Walid Airport" after "Bani Walid"; not "Bani Walid" after itself, nor "Walid Bani
    Airport")."""
    inner, outer = _forms(name), _forms(other)
    if not inner or len(outer) <= len(inner):
        return False
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))
