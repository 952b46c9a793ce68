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
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate, clear_best
from normx.resolve.document import Mention, joined_mention
from normx.text.latin import fold

SURE = 0.9  # the expanded name must match a mission's name this well
MARGIN = 0.05  # ... and this far ahead of the next body (another mission in the country)
_GAP = re.compile(r"\s+(?:support\s+)?mission\s+(?:in|to)\s+")


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
    return tuple(out) if len(out) != len(mentions) else tuple(mentions)


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
