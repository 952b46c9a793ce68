"""A namesake club said with its country: "Egypt's Al Ahly", "the Egyptian Al-Ahly Club".

Gazetteers written from Wikipedia titles keep namesake clubs apart by their seat, in English
("Al-Ahly SC (Benghazi)") or only in Arabic: Cairo's club is "Al Ahly SC" in English and
النادي الأهلي (القاهرة) in Arabic. A Libyan football report names the foreign one by its
country, "Egypt's Al Ahly" or "the Egyptian Al-Ahly Club", and never says Cairo, so the words
the document says (:func:`~normx.resolve.said_words.said_by_words`) cannot tell it from
Benghazi's club, which the same report names in full. A reader knows that a club seated in
Cairo is Egypt's: the country said right before the name (its possessive, or its demonym as
the span's context) is the country of the club's seat, read off the qualifier in either
language, when that seat is the country's capital (the shipped country files' capital records,
:func:`~normx.gazetteer.countries.country_capitals`: the one seat of a country they hold
without a gazetteer of every town; the demonyms:
:func:`~normx.gazetteer.demonyms.country_demonyms`).

The tie is settled only when exactly one namesake sits in that country and every other is
placed elsewhere: a seat that is neither the country nor its capital, or a name word that is
another country's name or demonym ("Al-Ahli Saudi FC"). A namesake placed nowhere may be the
country's own, and the tie stands. The home country's possessive ("Libya's Al-Ahly") decides
nothing: a Libyan text names every Libyan club so, and Libya's clubs are seated in many towns
besides its capital.

Translation renders a name the same way throughout a text, and the text means one club by it:
once "Egypt's Al Ahly" places the bare name, its other bare occurrences ("Al Ahly's coach")
are the same club, provided every occurrence written with a country before it names the same
one (an occurrence with more capitalised words after it, "Al Ahly Benghazi", is another name).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from normx.gazetteer.countries import Country, country_capitals, is_home_country
from normx.gazetteer.demonyms import country_demonyms
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.text.arabic import is_mostly_arabic, normalize_arabic
from normx.text.latin import fold
from normx.text.qualifier import trailing_qualifier

_POSSESSIVE = re.compile(r"([A-Z][^\W\d_]*(?:\s+[A-Z][^\W\d_]*){0,2})['’]s\s+$")
_WORD = re.compile(r"[^\W\d_]+")
_WORD_BEFORE = re.compile(r"([A-Z][^\W\d_]*)\s+$")  # "the Egyptian Al-Ahly Club"
_LOOK_BACK = 60  # characters before the mention read for "Saudi Arabia's "


def _key(text: str) -> str:
    return normalize_arabic(text) if is_mostly_arabic(text) else fold(text)


def _by_name() -> dict[str, str]:
    """Folded country names and demonyms (and the Arabic country names) -> English country."""
    return _tables(country_capitals())[0]


def _seats() -> dict[str, frozenset[str]]:
    """English country -> the keys of its names and its capital's (both languages)."""
    return _tables(country_capitals())[1]


def _name_words() -> dict[str, str]:
    """Folded English country names and demonyms -> English country: the words of a body's
    own name that place it in a country ("Egyptian Football Association"). Not the records'
    other names: "US" is the United States in "US Army" and Union Sportive in "US Monastir"."""
    return _tables(country_capitals())[2]


@lru_cache(maxsize=4)
def _tables(
    countries: tuple[Country, ...],
) -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, str]]:
    """:func:`_by_name`, :func:`_seats` and :func:`_name_words` of the shipped *countries*
    (built once per set of shipped roots)."""
    demonyms = country_demonyms()
    by_name: dict[str, str] = {}
    seats: dict[str, frozenset[str]] = {}
    words: dict[str, str] = {}
    for c in countries:
        for name in (*c.names, *demonyms.get(c.name, ())):
            by_name.setdefault(_key(name), c.name)
        for name in (c.name, *demonyms.get(c.name, ())):
            words.setdefault(fold(name), c.name)
        seats[c.name] = frozenset(_key(name) for name in (*c.names, *c.capital))
    return by_name, seats, words


def said_country(text: str, start: int, context: Sequence[str]) -> str | None:
    """The foreign country said right before the mention at *start*: a demonym among the
    span's *context* words ("Egyptian"), or a possessive ("Egypt's "); None for none or for a
    home country (Libya)."""
    names = _by_name()
    country = None
    for word in context:
        country = country or names.get(fold(word))
    if country is None:
        found = _POSSESSIVE.search(text, max(0, start - _LOOK_BACK), start)
        if found is not None:
            words = found.group(1).split()
            for k in range(len(words)):  # "Saudi Arabia's", then "Arabia's"
                country = country or names.get(fold(" ".join(words[k:])))
    if country is None or is_home_country(country):
        return None
    return country


def _country_elsewhere(text: str, surface: str, start: int) -> str | None:
    """The one foreign country said before the document's other bare occurrences of
    *surface* (its possessive or demonym right before), None when none or several."""
    found: set[str] = set()
    for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)(?!\s+[A-Z])", text):
        if m.start() == start:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        context = (before.group(1),) if before is not None else ()
        country = said_country(text, m.start(), context)
        if country is not None:
            found.add(country)
    return found.pop() if len(found) == 1 else None


def _placement(record: Record | None, country: str) -> bool | None:
    """True when the record's seat (a bracketed qualifier in either language) is *country* or
    its capital; False when it is placed elsewhere (another seat, or another country's English
    name or demonym among its English name's words); None when it is placed nowhere."""
    if record is None:
        return None
    home = _seats()[country]
    names = _name_words()
    seats = [
        q.words
        for _, name, _ in record.all_names()
        if (q := trailing_qualifier(name)) is not None and q.parenthetical and q.words
    ]
    if any(_key(s) in home for s in seats):
        return True
    if seats:
        return False
    for name in record.names("en"):
        words = [fold(w) for w in _WORD.findall(name)]
        if any(names.get(w, country) != country for w in words):
            return False
    return None


def seated_in_country(
    text: str,
    start: int,
    surface: str,
    context: Sequence[str],
    records: Mapping[str, Record],
    ambiguous: Sequence[Candidate],
) -> Candidate | None:
    """The one tied body seated in the foreign country said before the mention *surface* at
    *start* (or before its other bare occurrences) when every other is placed elsewhere (see
    the module docstring); None otherwise."""
    if len({c.id for c in ambiguous}) < 2 or any(c.type != "ORG" for c in ambiguous):
        return None
    country = said_country(text, start, context)
    if country is None:
        country = _country_elsewhere(text, surface, start) if surface else None
    if country is None:
        return None
    winner: Candidate | None = None
    for cand in ambiguous:
        placed = _placement(records.get(cand.id), country)
        if placed is None:
            return None
        if placed:
            if winner is not None and winner.id != cand.id:
                return None
            winner = cand
    return winner
