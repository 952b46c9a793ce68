"""A French body's name opened by a lower-case head: "the gouvernement d'union nationale".

French writes the head of many bodies' names in lower case ("le gouvernement d'union
nationale", "le ministère de l'Intérieur", "le parquet général"), and AFP's English copy keeps
the French name as French writes it. No capital opens the name, so no span did, and the name
went unread (articles-v18, v20, v24). The heads French so writes are data (``lower_bodies`` of
the French section of ``normx/mt/data/gloss.yaml``); such a head followed by the French words
of a name (:func:`normx.detect.french_names.french_name`: French-only words, connectors, a
capitalised complement after de/des/d'/l') opens a span over them. A head French puts right
before an eponym (``eponym_bodies``: "l'université Omar al-Mokhtar") opens one over the
capitalised words that follow it on the line. The matcher decides, as for any span, whether a
gazetteer holds the body.
"""

from __future__ import annotations

from functools import cache

from normx.detect.french_names import french_name
from normx.detect.tokens import Token
from normx.mt.french import SECTION, shipped_data
from normx.text.latin import fold


@cache
def lower_bodies() -> frozenset[str]:
    """French body heads written in lower case, as written and folded (the sparse tokeniser
    keeps a word as written: "ministère"; a token's form is folded: "ministere")."""
    section = shipped_data().get(SECTION) or {}
    words = [str(w).lower() for w in section.get("lower_bodies", ())]
    return frozenset(words) | frozenset(fold(w) for w in words)


@cache
def eponym_bodies() -> frozenset[str]:
    """The lower-case heads French puts right before a person's name, folded."""
    section = shipped_data().get(SECTION) or {}
    return frozenset(fold(str(w)) for w in section.get("eponym_bodies", ()))


EPONYM_WORDS = 4  # "Omar al-Mokhtar", "Ahmed Ben Bella": a person's name, not a sentence


def lower_body_end(tokens: list[Token], i: int) -> int | None:
    """The last token of the French name lower-case head *i* opens, if it opens one."""
    tok = tokens[i]
    if tok.cap or tok.form not in lower_bodies():
        return None
    found = french_name(tokens, i, i)
    if found is None or found[0] != i or found[1] == i:
        return _eponym_end(tokens, i)
    return found[1]


def _eponym_end(tokens: list[Token], i: int) -> int | None:
    """The last of the capitalised words right after an eponym head *i* (the hyphen-joined
    lower-case particle of "al-Mokhtar" goes with its word), if any."""
    if tokens[i].form not in eponym_bodies():
        return None
    j, n = i, len(tokens)
    while j + 1 < n and j + 1 - i <= EPONYM_WORDS and tokens[j + 1].joined:
        nxt = tokens[j + 1]
        particle = j + 2 < n and tokens[j + 2].hyphen_before  # "al" of "al-Mokhtar"
        if not (nxt.cap or nxt.hyphen_before or particle):
            break
        j += 1
    return j if j > i and tokens[i + 1].cap else None
