"""A kind of body takes no foreign body that a gazetteer tells apart by its country qualifier.

"Higher Education Ministry" and "Ministry of the Higher Education" are made of a portfolio and
a generic head only: every country has such a ministry, and the phrase does not say whose. The
gloss matcher already caps a foreign body whose *Arabic* name holds its country (وزارة التعليم
العالي الماليزية; :func:`normx.mt.gloss.other_country`). Gazetteers written from Wikipedia
titles tell the same namesakes apart in *English* with a parenthetical country ("Ministry of
Higher Education (Malaysia)"), and the spelling matcher reads the name without it: the
Malaysian ministry then spelled the phrase better than Libya's own "Ministry of Higher
Education and Scientific Research (Libya)" and took the Libyan document's ministry
(articles-v42, session 24). The same reading applies here: a kind phrase takes no body whose
English qualifier is a country word of the gloss lexicon (``place: true``) that the phrase
lacks; Libya, the frame of the gazetteers, goes without saying. Such a candidate is capped
right below the best home body the matcher found (a close rival still, which the resolver's
rules for ties may weigh, as before: articles-v23's "Ministry of Education" is told from
Algeria's and Tunisia's by them); with no home body, at :data:`normx.mt.gloss.KIND_CAP`, below
the no-match threshold, as the gloss matcher caps them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from normx.match.candidate import Candidate
from normx.mt.gloss import KIND_CAP
from normx.mt.lexicon import Lexicon
from normx.text.latin import fold
from normx.text.qualifier import trailing_qualifier

_SPLIT = re.compile(r"[\s'’-]+")  # French elision too: "l'Education" -> "l", "education"
HOME_LEAD = 1e-6  # a capped foreign body ranks right after the home one: still a close rival
HOME = frozenset({"libya", "libyan"})  # the gazetteers' frame: goes without saying


def kind_phrase(query: str, lex: Lexicon) -> bool:
    """Every word of *query* but function words is a generic head or a portfolio of the
    lexicon (two-word portfolios read whole: "higher education"), one head at least; no
    country word ("Egyptian Interior Ministry" says whose)."""
    words = [fold(w) for w in _SPLIT.split(query)]  # fold() drops the apostrophe: split first
    words = [w for w in words if w and w not in lex.function_words]
    has_head = False
    i = 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in lex.portfolios:
            i += 2
            continue
        w = words[i]
        if w in lex.generic:
            has_head = True
        elif w not in lex.portfolios:
            return False
        i += 1
    return has_head


@lru_cache(maxsize=4096)
def _foreign_qualifier(name: str, places: frozenset[str]) -> bool:
    """*name* ends with a parenthetical country word other than Libya's ("(Malaysia)")."""
    qualifier = trailing_qualifier(name)
    if qualifier is None or not qualifier.parenthetical:
        return False
    said = fold(qualifier.words)
    return said in places and said not in HOME


def foreign_kinds_capped(
    query: str, found: list[Candidate], lex: Lexicon, min_score: float
) -> list[Candidate]:
    """*found* with the bodies of another country capped when *query* is a kind phrase:
    below the best home body (one with no country qualifier, or Libya's), so that spelling
    alone never puts a foreign namesake first; at :data:`~normx.mt.gloss.KIND_CAP` (and so
    dropped below *min_score*) when no home body is found. Unchanged otherwise."""
    if not found or not kind_phrase(query, lex):
        return found
    places = _places(lex)
    foreign = [c.type == "ORG" and _foreign_qualifier(c.name, places) for c in found]
    if not any(foreign):
        return found
    home = [c.score for c, f in zip(found, foreign, strict=True) if not f and c.type == "ORG"]
    cap = max(home) - HOME_LEAD if home else KIND_CAP
    out = []
    for c, f in zip(found, foreign, strict=True):
        if f and c.score > cap:
            if cap < min_score:
                continue
            c = replace(c, score=cap)
        out.append(c)
    return sorted(out, key=lambda c: -c.score)


def _places(lex: Lexicon) -> frozenset[str]:
    """The lexicon's one-word country and nationality words."""
    cached = _PLACES.get(id(lex))
    if cached is None or cached[0] is not lex:
        words = frozenset(key[0] for key, e in lex.entries.items() if e.place and len(key) == 1)
        cached = _PLACES[id(lex)] = (lex, words)
    return cached[1]


_PLACES: dict[int, tuple[Lexicon, frozenset[str]]] = {}
