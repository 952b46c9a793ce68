"""A body's mission in a country named by a lower-case phrase: "the U.N. mission in Libya".

Wire copy names a body's mission by its parent and the country, with "mission" in lower
case between them ("the U.N. mission in Libya", "the EU mission to Libya"). The tokenizer
keeps only the two names, so the parent links to the parent body (an acronym, linked after
the rest: :mod:`normx.resolve.acronyms`) and the country to the country, and the mission, a
body of its own (the United Nations Support Mission in Libya), is missed. When a linked body
is followed by "mission in/to" and a linked place, the parent's canonical name, "Mission in"
and the place's words are asked of the matcher ("United Nations Mission in Libya"); a sure,
clear winner whose name says "mission" is the mention of the whole phrase. Otherwise the two
links stand.

A story about one country says "the U.N. mission" with no place at all ("The U.N. mission has
proposed a mechanism ...", Reuters on Libya: articles-v48, session 26): the mission there is
the one in the country the document links most often (a clear first: :func:`_main_country`),
asked of the matcher the same way; the phrase is then the mention.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.gazetteer.countries import is_country
from normx.match.candidate import Candidate, clear_best
from normx.resolve.document import Mention, joined_mention
from normx.text.latin import fold

SURE = 0.9  # the expanded name must match a mission's name this well
MARGIN = 0.05  # ... and this far ahead of the next body (another mission in the country)
_GAP = re.compile(r"\s+(?:support\s+)?mission\s+(?:in|to)\s+")
# "<body> mission" with no "in/to" after it: the mission in the document's country
_BARE = re.compile(r"[ \t]+mission(?![\w’'-])(?![ \t]+(?:in|to|of|for)(?![\w’'-]))")


def missions_joined(
    text: str,
    mentions: Sequence[Mention],
    match: Callable[[str], list[Candidate]],
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<body> mission in <place>" read as the body's
    mission there, when the gazetteer holds it (see the module docstring)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        joined = _joined(text, mentions, k, match) if k + 1 < len(mentions) else None
        if joined is None:
            out.append(mentions[k])
            k += 1
        else:
            out.append(joined)
            k += 2
    found = tuple(out) if len(out) != len(mentions) else tuple(mentions)
    if "mission" not in text:
        return found
    country: str | None = None
    bare = list(found)
    for k, m in enumerate(found):
        said = _BARE.match(text, m.end) if m.id is not None and m.type == "ORG" else None
        if said is None:
            continue
        if country is None:
            country = _main_country(found) or ""
        if not country:
            break
        end = said.end()
        nxt = found[k + 1].start if k + 1 < len(found) else len(text)
        if end > nxt:
            continue
        cands = [c for c in match(f"{m.canonical} Mission in {country}") if c.type == "ORG"]
        best = clear_best(cands, SURE, MARGIN)
        if best is None or "mission" not in fold(best.matched) or best.id == m.id:
            continue
        bare[k] = joined_mention(text, m.start, end, best, "mission_of", m.id or "")
    return tuple(bare)


def _main_country(mentions: Sequence[Mention]) -> str | None:
    """The canonical name of the country the mentions link most often, when one is linked
    strictly more often than any other and at least twice."""
    counts: dict[str, int] = {}
    for m in mentions:
        if m.id is not None and m.type == "LOC" and m.canonical and is_country(m.canonical):
            counts[m.canonical] = counts.get(m.canonical, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _joined(
    text: str, mentions: Sequence[Mention], k: int, match: Callable[[str], list[Candidate]]
) -> Mention | None:
    """The mission mention of *mentions[k]* (a linked body) and *mentions[k + 1]* (a linked
    place) when "mission in/to" alone stands between them and the matcher surely and clearly
    names a mission for the two; None otherwise."""
    parent, place = mentions[k], mentions[k + 1]
    if parent.id is None or place.id is None or parent.type != "ORG" or place.type != "LOC":
        return None
    if not _GAP.fullmatch(text[parent.end : place.start]):
        return None
    found = [c for c in match(f"{parent.canonical} Mission in {place.text}") if c.type == "ORG"]
    best = clear_best(found, SURE, MARGIN)
    if best is None or "mission" not in fold(best.matched):
        return None
    return joined_mention(text, parent.start, place.end, best, "mission_of", parent.id)
