"""An embassy named by its country's abbreviation or demonym: "the U.S. Embassy", "the US Embassy
in Libya", "the American Embassy".

Wire copy names an embassy by the sending country's abbreviation before the head ("the U.S.
Embassy", "the UK Embassy in Tripoli"); gazetteers hold it under "Embassy of the United States,
Tripoli" or "Embassy of the United Kingdom in Tripoli". The abbreviation is no acronym of the
embassy's name and the head alone is any embassy, so the phrase went unlinked, or only its
"Embassy" by resemblance, with the country of the seat ("in Libya") linked apart. The phrase,
and the place after "in" that seats it when that place is linked, is one mention of the
embassy, when the gazetteers hold "Embassy of (the) <country>" (a comma qualifier's bare form
counts) as its name, alone or before its seat, and no other body so.

The country's demonym stands for it the same way ("the American Embassy", MT's السفارة
الأمريكية, articles-v51): the English demonyms of the country table
(:mod:`normx.gazetteer.demonyms`, data) are read like the abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from normx.gazetteer.demonyms import country_demonyms
from normx.match.candidate import Candidate
from normx.resolve.document import Mention, spliced
from normx.text.latin import fold

METHOD = "embassy"
COUNTRIES = {
    "U.S.": "United States",
    "US": "United States",
    "U.K.": "United Kingdom",
    "UK": "United Kingdom",
}
_PHRASE = re.compile(r"(?<![\w.])(?P<c>U\.S\.|US|U\.K\.|UK) Embassy\b(?P<seat> in )?")


@cache
def _demonym_countries() -> dict[str, str]:
    """English one-word demonym -> its country (the country table's, data)."""
    out: dict[str, str] = {}
    for country, words in country_demonyms("en").items():
        for word in words:
            if " " not in word:
                out.setdefault(word, country)
    return out


@cache
def _demonym_phrase() -> re.Pattern[str]:
    words = sorted(_demonym_countries(), key=len, reverse=True)
    alt = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w.])(?P<c>{alt}) Embassy\b(?P<seat> in )?")


def _country_of(said: str) -> str:
    return COUNTRIES.get(said) or _demonym_countries()[said]


def embassies_linked(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<country abbreviation> Embassy [in <place>]"
    linked to that country's embassy (see the module docstring)."""
    if "Embassy" not in text:
        return mentions
    out = list(mentions)
    changed = False
    phrases = [*_PHRASE.finditer(text), *_demonym_phrase().finditer(text)]
    for m in sorted(phrases, key=lambda x: x.start()):
        cand = _embassy(_country_of(m.group("c")), match)
        if cand is None:
            continue
        start, end = m.start(), m.end("c") + len(" Embassy")
        if m.group("seat"):
            place = next((x for x in out if x.start == m.end() and x.type == "LOC"), None)
            if place is not None:
                end = place.end
        inside = [x for x in out if x.start < end and x.end > start]
        if any(x.start < start or x.end > end for x in inside):
            continue  # part of a longer mention: not this phrase's to take
        evidence = {"matched": cand.matched, "embassy_of": m.group("c")}
        out = spliced(text, out, start, end, cand, METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions


def _embassy(country: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one body whose name is "Embassy of the <country>", alone or before its seat (", Tripoli",
    " in Tripoli"): the country's embassy, wherever it sits (one per gazetteer, as a rule)."""
    forms = (f"embassy of the {country}".lower(), f"embassy of {country}".lower())
    found: dict[str, Candidate] = {}
    for cand in match(f"Embassy of the {country}"):
        if cand.type != "ORG":
            continue
        for name in (cand.name, cand.matched):
            low = fold(name)
            if any(low == said or low.startswith((said + ",", said + " in ")) for said in forms):
                found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None
