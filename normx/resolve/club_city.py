"""A club's name goes on with its city: "Wydad Casablanca", "Ittihad de Tripoli".

Sports pages name a club by its own word and its city, with no comma between: "Wydad
Casablanca" (Wydad AC), "Al Ahli Tripoli", and French copy "Espérance sportive de Tunis",
"Ittihad de Tripoli". The detector ends the club's name before the city, which is a gazetteer
place on its own, so the text came out as two links, the club and the city, where it says one
thing, the club (articles-v39: 4 wrong links to Casablanca, Tunis and Tripoli). So a mention
linked to a place that follows a mention linked to a club, with only a space or the connector
French "de" between (or words of the club's own name the mention left out, "sportive", when
that name holds the city), is taken into the club's mention. English "of" is not: "Al-Hilal
of Benghazi" renders an Arabic description of a club by its town, a club and a place
(articles-v12, v30 annotate them apart), where "Ittihad de Tripoli" is the club's French name.

A club is a body whose names hold a club word (``CLUB_WORDS``: "SC", "Club", "Sportive"; نادي,
الرياضي). A club whose English name says its city in brackets ("Al-Ittihad Club (Tripoli)")
takes only that city: "Al-Ittihad Jeddah" after a link to Tripoli's club is no name of it.
Session 23 (h-v39b23).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from normx.resolve.document import Mention, stretched_mention
from normx.text.latin import fold
from normx.text.qualifier import trailing_qualifier
from normx.text.resources import word_list


@cache
def club_words(key: str) -> frozenset[str]:
    """``club_english`` or ``club_eponym`` (folded), ``club_arabic`` (as written) of
    ``data/kind_words.yaml``: the words that make a body a sports club. Read once."""
    words = word_list("normx.resolve", "kind_words.yaml", key)
    return frozenset(words if key == "club_arabic" else (fold(w) for w in words))


CLUB_WORDS = club_words("club_english")
ARABIC_CLUB_WORDS = club_words("club_arabic")
_BETWEEN = re.compile(r"[ \t]+(?:de[ \t]+)?")
_WORD = re.compile(r"[^\W\d_]+")

Names = Callable[[str, str], tuple[str, ...]]  # (record id, language) -> the record's names


def is_club(names: Names, record_id: str) -> bool:
    """The body's English or Arabic names hold a club word."""
    if any(fold(w) in CLUB_WORDS for n in names(record_id, "en") for w in _WORD.findall(n)):
        return True
    return any(w in ARABIC_CLUB_WORDS for n in names(record_id, "ar") for w in n.split())


def _seat_fits(names: Names, club_id: str, city_id: str) -> bool:
    """No bracketed English qualifier of the club, or the city is named by one."""
    seats = {
        fold(q.words)
        for n in names(club_id, "en")
        if (q := trailing_qualifier(n)) is not None and q.parenthetical and q.words
    }
    return not seats or bool(seats & {fold(n) for n in names(city_id, "en")})


def _between_fits(names: Names, club_id: str, city_id: str, between: str) -> bool:
    """Only a space or French "de" between, or words of the club's English name the mention left
    out ("sportive" of "Espérance sportive de Tunis") when that name holds the city too."""
    if _BETWEEN.fullmatch(between):
        return True
    if not between[:1].isspace() or not between[-1:].isspace():
        return False
    words = [fold(w) for w in between.split()]
    if words and words[-1] == "de":
        words = words[:-1]
    own = {fold(w) for n in names(club_id, "en") for w in _WORD.findall(n)}
    city = {fold(n) for n in names(city_id, "en")}
    return bool(words) and set(words) <= own and bool(city & own)


def clubs_with_cities(text: str, mentions: Sequence[Mention], names: Names) -> tuple[Mention, ...]:
    """*mentions* with each club mention followed by its city taken in (module docstring)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.type == "LOC"
            and m.id is not None
            and prev.type == "ORG"
            and prev.id is not None
            and is_club(names, prev.id)
            and _between_fits(names, prev.id, m.id, text[prev.end : m.start])
            and _seat_fits(names, prev.id, m.id)
        ):
            out[-1] = stretched_mention(text, prev, m.end, {"city": {"text": m.text, "id": m.id}})
            continue
        out.append(m)
    return tuple(out)
