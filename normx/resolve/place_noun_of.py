"""A word after "the port of", "the city of": a place's name, not a body said short.

Arabic names a place after a noun of place in the construct (ميناء الزويتينة, مدينة الزاوية),
and translation keeps it: "near the port of Al-Zuwaytina", "the city of Al-Zawiya". A word
with the Arabic article glued to it may also be a body's name said short ("Al-Ahly" after
"Al-Ahly Benghazi": :mod:`normx.resolve.article_short`), and so "Al-Zuwaytina" after "the
Company of the Zuwaytina for the Oil" was read as the oil company (articles-v52). After a
noun of place and "of" the word names the place the noun is of: the nouns of
``data/place_nouns.yaml`` (settlements, the administrative units and natural features of
:func:`~normx.resolve.definite_lookalike.place_nouns`) and its ``harbours`` (a port is named
after its town: "the port of Ras Lanuf", "the port of Al-Zuwaytina"). The word's own link (the
town, or nothing) then stands.
"""

from __future__ import annotations

import re
from functools import cache

from normx.resolve.definite_lookalike import place_nouns
from normx.text.resources import package_data

# "the port of ", "the city of the ": the noun, "of" and MT's "the" right before the word
_NOUN_OF = re.compile(r"([^\W\d_]+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
LOOK_BACK = 40  # characters: a noun, "of" and "the"
# the words a match ends in, read with the pattern's flags (IGNORECASE: "ı" is an "i" there)
_OF = re.compile("of", re.IGNORECASE)
_THE = re.compile("the", re.IGNORECASE)


def _may_follow_of(before: str) -> bool:
    """Whether *before* ends as a match of _NOUN_OF must: "of", then "the" perhaps, each
    followed by whitespace (which rstrip takes, a final newline included). A necessary
    condition, cheap beside the search, which tries every offset of the window; most words
    follow neither, and the many after "the" follow no "of" (session 34)."""
    tail = before.rstrip()
    if len(tail) == len(before):
        return False
    if _THE.fullmatch(tail, len(tail) - 3) is not None:
        rest = tail[:-3]
        tail = rest.rstrip()
        if len(tail) == len(rest):
            return False
    return _OF.fullmatch(tail, len(tail) - 2) is not None


@cache
def _nouns() -> frozenset[str]:
    data = package_data("normx.resolve", "place_nouns.yaml")
    return place_nouns() | frozenset(str(w) for w in data.get("harbours") or ())


def after_place_noun(text: str, start: int) -> bool:
    """The word at *start* follows a noun of place and "of" ("the port of Al-Zuwaytina")."""
    low = max(0, start - LOOK_BACK)
    if not _may_follow_of(text[low:start]):  # exact: see _may_follow_of
        return False
    before = _NOUN_OF.search(text, low, start)
    return before is not None and before.group(1).lower() in _nouns()
