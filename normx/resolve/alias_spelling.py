"""A declared nickname spelled another way later in the same document: "Ghneiwa" ... "Ghaniwa".

MT and wire copy spell a laqab as they hear it, and one article may write it two ways: the
nickname declared after the full name ("Abdul-Ghani Al-Kikli, known as "Ghneiwa"") comes back
paragraphs later as "Ghaniwa". :mod:`normx.resolve.appositive` links every later mention that
says the nickname's words exactly; a one-word mention that is the one-word nickname spelled
alike (:func:`normx.resolve.coref.spelled_alike`, the likeness coreference asks of a name word)
is the same nickname. A look-alike place the matcher reached by spelling alone ("Chania") is
chance; the declared nickname is what the document itself says. Only one-word nicknames and
mentions, and only when exactly one declared nickname is alike, so two nicknames of one
article never trade places.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from normx.resolve.coref import query_tokens, spelled_alike

T = TypeVar("T")


def declared_hit(declared: Mapping[tuple[str, ...], T], key: tuple[str, ...]) -> T | None:
    """The declaration of the nickname *key* says: its own, or else the one one-word
    nickname a one-word *key* is spelled like (None when none or several are)."""
    hit = declared.get(key)
    if hit is not None or len(key) != 1:
        return hit
    (word,) = query_tokens(key)
    alike = [v for k, v in declared.items() if len(k) == 1 and spelled_alike(word, query_tokens(k))]
    return alike[0] if len(alike) == 1 else None
