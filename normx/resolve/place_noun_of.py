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
# what the window must end in, less its trailing spaces, for _NOUN_OF to match there (same flags)
_ENDS_OF = re.compile(r"(?:of|the)\Z", re.IGNORECASE)


@cache
def _nouns() -> frozenset[str]:
    data = package_data("normx.resolve", "place_nouns.yaml")
    return place_nouns() | frozenset(str(w) for w in data.get("harbours") or ())


def after_place_noun(text: str, start: int) -> bool:
    """The word at *start* follows a noun of place and "of" ("the port of Al-Zuwaytina")."""
    low = max(0, start - LOOK_BACK)
    # most words follow no "of": a test of the window's end first (session 34), since the
    # search tries every offset of the window in turn (~40 us a word). Exact: a match ends in
    # "of" or "the" and then whitespace (which rstrip takes, a final newline included)
    tail = text[low:start].rstrip()
    if len(tail) == start - low or _ENDS_OF.search(tail, max(0, len(tail) - 3)) is None:
        return False
    before = _NOUN_OF.search(text, low, start)
    return before is not None and before.group(1).lower() in _nouns()
