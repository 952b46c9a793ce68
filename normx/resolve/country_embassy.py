"""An embassy named by its country's abbreviation: "the U.S. Embassy", "the US Embassy in Libya".

Wire copy names an embassy by the sending country's abbreviation before the head ("the U.S.
Embassy", "the UK Embassy in Tripoli"); gazetteers hold it under "Embassy of the United States,
Tripoli" or "Embassy of the United Kingdom in Tripoli". The abbreviation is no acronym of the
embassy's name and the head alone is any embassy, so the phrase went unlinked, or only its
"Embassy" by resemblance, with the country of the seat ("in Libya") linked apart. The phrase,
and the place after "in" that seats it when that place is linked, is one mention of the
embassy, when the gazetteers hold "Embassy of the <country>" (a comma qualifier's bare form
counts) as its name, alone or before its seat, and no other body so.
"""

from __future__ import annotations

import re
from collections.abc import Callable

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


def embassies_linked(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<country abbreviation> Embassy [in <place>]"
    linked to that country's embassy (see the module docstring)."""
    if "Embassy" not in text:
        return mentions
    out = list(mentions)
    changed = False
    for m in _PHRASE.finditer(text):
        cand = _embassy(COUNTRIES[m.group("c")], match)
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
    said = f"embassy of the {country}".lower()
    found: dict[str, Candidate] = {}
    for cand in match(f"Embassy of the {country}"):
        if cand.type != "ORG":
            continue
        for name in (cand.name, cand.matched):
            low = fold(name)
            if low == said or low.startswith((said + ",", said + " in ")):
                found.setdefault(cand.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None
