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
from normx.resolve.document import Mention, in_longer, spliced
from normx.text.latin import fold
from normx.text.resources import word_table

METHOD = "embassy"


@cache
def _countries() -> dict[str, str]:
    """What a text writes before "Embassy" for a country -> that country: the abbreviations of
    ``data/country_words.yaml`` (``embassy_abbreviations``), then the English one-word
    demonyms of the country table (data)."""
    out = dict(word_table("normx.resolve", "country_words.yaml", "embassy_abbreviations"))
    for country, words in country_demonyms("en").items():
        for word in words:
            if " " not in word:
                out.setdefault(word, country)
    return out


@cache
def _phrase() -> re.Pattern[str]:
    """ "<abbreviation or demonym> Embassy", and " in " after it when a seat may follow."""
    alt = "|".join(re.escape(w) for w in sorted(_countries(), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?P<c>{alt}) Embassy\b(?P<seat> in )?")


def embassies_linked(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<country abbreviation> Embassy [in <place>]"
    linked to that country's embassy (see the module docstring)."""
    if "Embassy" not in text:
        return mentions
    out = list(mentions)
    changed = False
    for m in _phrase().finditer(text):
        cand = _embassy(_countries()[m.group("c")], match)
        if cand is None:
            continue
        start, end = m.start(), m.end("c") + len(" Embassy")
        if m.group("seat"):
            place = next((x for x in out if x.start == m.end() and x.type == "LOC"), None)
            if place is not None:
                end = place.end
        if in_longer(out, start, end):
            continue  # part of a longer mention: not this phrase's to take
        evidence = {"matched": cand.matched, "embassy_of": m.group("c")}
        out = spliced(text, out, start, end, cand, METHOD, evidence)
        changed = True
    return tuple(out) if changed else mentions


def _embassy(country: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The one body whose name is "Embassy of (the) <country>", alone or before its seat
    (", Tripoli", " in Tripoli"): the country's embassy, wherever it sits (one per gazetteer,
    as a rule)."""
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
