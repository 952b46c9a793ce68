"""A place-of-worship noun left alone by a cut name is no name ("the Prophet's Mosque").

MT capitalises the head of a religious building's name: "the Prophet's Mosque" (المسجد
النبوي), "the Mosque of Ahmad Pasha Al-Qaramanli", "the Zawiya of Sidi Al-Arusi". Detection
cuts such names at a possessive or at "of" when the gazetteer does not hold them so, and the
head noun then stands alone: a likeness links it to a namesake ("Mosque" ~ Moscow), or
coreference to the last mosque the text named. A lone noun of ``data/building_nouns.yaml``:

* linked by likeness alone (phonetic, fuzzy, across scripts) is unlinked: a common noun is no
  spelling of a name;
* right after a possessive ("Prophet's") or right before "of" and a capital (the name it
  heads goes on) is unlinked whatever linked it: it is a piece of a longer name.

A lodge noun that is also a town's name ("Zawiya", the city named after a lodge) keeps its
link unless "of" and a saint's title follow ("the Zawiya of Sidi Al-Arusi" is the lodge).
"""

from __future__ import annotations

import re
from functools import cache

from normx.resolve.document import Mention
from normx.text.latin import fold
from normx.text.resources import package_data

LIKENESS = frozenset({"phonetic", "fuzzy", "cross-script"})
_POSSESSIVE_BEFORE = re.compile(r"['’]s\s$")


@cache
def _data() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """(nouns, lodge nouns, "of" + a capital after, "of" + a saint's title after)."""
    data = package_data("normx.resolve", "building_nouns.yaml")
    titles = "|".join(
        re.escape(str(t)) for t in sorted(data["saint_titles"], key=len, reverse=True)
    )
    return (
        frozenset(fold(str(w)) for w in data["nouns"]),
        frozenset(fold(str(w)) for w in data["lodges"]),
        re.compile(r"\s+of\s+(?:the\s+)?[A-Z]"),
        re.compile(rf"\s+of\s+(?:{titles})\b", re.IGNORECASE),
    )


def _undone(m: Mention, why: str) -> Mention:
    evidence = {"building_noun": why, "candidates": [m.id]}
    return Mention(m.start, m.end, m.text, None, None, m.type, 0.0, "none", evidence)


def building_nouns_unlinked(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with the links of lone place-of-worship nouns undone (module docstring)."""
    nouns, lodges, of_name, of_saint = _data()
    out = list(mentions)
    changed = False
    for k, m in enumerate(mentions):
        if m.id is None or " " in m.text.strip():
            continue
        form = fold(m.text)
        if form in nouns:
            if m.method in LIKENESS:
                why = "likeness"
            elif _POSSESSIVE_BEFORE.search(text, max(0, m.start - 3), m.start):
                why = "possessive"
            elif of_name.match(text, m.end):
                why = "of"
            else:
                continue
        elif form in lodges and m.type == "LOC" and of_saint.match(text, m.end):
            why = "saint"
        else:
            continue
        out[k] = _undone(m, why)
        changed = True
    return tuple(out) if changed else mentions
