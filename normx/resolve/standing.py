"""Which of two look-alike places a reader means: the user's own, a major place, or a village.

A user loads their gazetteer beside the shipped ones, and the shipped files hold thousands of
places a name may fit: OpenStreetMap villages and hamlets with every alternative spelling the
mappers tagged ("Zawia" for the village Azwaiya, "As-Sidra" for the village Al Sidrah), and
curated districts and towns with their short forms ("Jufra" for Jufra District). When the
text's name is one of those *aliases* exactly, the exact match used to decide at once, though
the user's own record ("Zawiya", "Al Jufrah", "Es Sider") or a city the name fits nearly as
well was the place meant: an exact alias is one mapper's spelling, no stronger evidence than
a spelling a vowel apart, and news writes of the city, not of the village named alike.

So a record holds a *standing*: the user's own record (not read from the shipped files) stands
highest, since the user said which entities matter; then a shipped place of note (a city, a
town, a curated district or facility); lowest a shipped minor settlement (the OSM importer's
``note: OSM place=village`` or ``hamlet``). :func:`higher_standing_rival` lets a place that
answers the text only by an alias give way to a rival of higher standing that the name fits
nearly as well: by a likeness that decides on its own (:data:`NEAR_SCORE`), or by a looser
one when the two records share an Arabic name (the alias is a romanisation of that Arabic
name, which the rival bears too: "Al-Sidra" is السدرة, and so is Es Sider). A name the record
holds as its canonical name, a rival of equal standing, or a person is not judged so: persons'
namesakes have their own rules, and one village against another is for the evidence to tell.

:func:`town_of_facility` is the converse trouble of built places: a facility named after a
town ("Brak Air Base", alias "Brak al-Shati Air Base") matched by words that leave its head
noun unsaid ("Brak Al-Shati") is the town when a place of the facility's words is held and the
text's first words spell it: English names the air base with its head, the town without.
Not so when the words the text adds to the town's are a compass word of the facility's name
("Tripoli West", "Tripoli-Ouest" for the Tripoli West Power Station, غرب طرابلس): the compass
word says which plant, where a town's own longer name ("Brak Al-Shati") says which town.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import cache
from pathlib import Path

from normx.gazetteer.paths import default_gazetteer_paths
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.text.generic import compound_parts
from normx.text.latin import fold

__all__ = [
    "MAJOR",
    "MINOR",
    "MINOR_PLACE_KINDS",
    "NEAR_SCORE",
    "SHARED_ARABIC_SCORE",
    "USER",
    "higher_standing_rival",
    "lesser_dropped",
    "record_standings",
    "standing_of",
    "town_of_facility",
]

USER = 2  # a record of the user's own gazetteer
MAJOR = 1  # a shipped record other than a minor settlement
MINOR = 0  # a shipped village or hamlet (OSM importer's note)

# OSM place classes below a town (normx.curate.osm_places imports village and hamlet)
MINOR_PLACE_KINDS = frozenset({"village", "hamlet", "isolated_dwelling", "locality", "farm"})
NEAR_SCORE = 0.95  # a likeness this close decides on its own (decision.SURE_SCORE)
SHARED_ARABIC_SCORE = 0.85  # a looser likeness, when the rival bears the alias's Arabic name

_OSM_PLACE = re.compile(r"OSM place=([a-z_]+)")


def standing_of(note: str | None, shipped: bool) -> int:
    """The standing of a record with this *note*, read from the shipped files or not."""
    if not shipped:
        return USER
    m = _OSM_PLACE.match(note or "")
    return MINOR if m is not None and m.group(1) in MINOR_PLACE_KINDS else MAJOR


def record_standings(records: Iterable[Record]) -> dict[str, int]:
    """Every record's standing, by id: shipped are the records read from a file of the
    shipped gazetteers (:func:`~normx.gazetteer.paths.default_gazetteer_paths`); a record of
    unknown origin is the user's. With no user record loaded, the major places stand highest
    (:data:`USER`)."""
    roots = [str(p.resolve()) for p in default_gazetteer_paths()]
    out: dict[str, int] = {}
    shipped_file: dict[str, bool] = {}  # a few files hold every record
    for rec in records:
        path = rec.origin.path if rec.origin is not None else ""
        shipped = shipped_file.get(path)
        if shipped is None:
            shipped = bool(path) and any(_under(path, root) for root in roots)
            shipped_file[path] = shipped
        out[rec.id] = standing_of(rec.note, shipped)
    if USER not in out.values():
        # the shipped files alone: nothing stands above a major place, so it is answered as
        # the user's own would be (and its aliases cost no second look at the matcher)
        out = {rid: USER if s == MAJOR else s for rid, s in out.items()}
    return out


def _under(path: str, root: str) -> bool:
    try:
        resolved = str(Path(path).resolve())
    except (OSError, RuntimeError):
        resolved = path
    return resolved == root or resolved.startswith(root.rstrip(os.sep) + os.sep)


def _by_alias(cand: Candidate) -> bool:
    """The candidate answers by a name other than its canonical one."""
    return fold(cand.matched) != fold(cand.name)


def higher_standing_rival(
    best: Candidate,
    cands: Iterable[Candidate],
    standing: Callable[[str], int],
    arabic_names: Callable[[str], Sequence[Sequence[str]]] | None = None,
) -> Candidate | None:
    """The first of *cands* (best first) that *best*, a place or body answering the text by an
    alias, gives way to (see the module docstring), or None."""
    if best.type == "PER" or not _by_alias(best):
        return None
    own = standing(best.id)
    if own >= USER:
        return None
    own_arabic: set[tuple[str, ...]] | None = None
    for c in cands:
        if c.id == best.id or c.type != best.type or c.score < SHARED_ARABIC_SCORE:
            continue
        if standing(c.id) <= own:
            continue
        if c.score >= NEAR_SCORE:
            return c
        if arabic_names is None:
            continue
        if own_arabic is None:
            own_arabic = {tuple(n) for n in arabic_names(best.id)}
        if own_arabic & {tuple(n) for n in arabic_names(c.id)}:
            return c
    return None


def lesser_dropped(
    group: Sequence[Candidate],
    standing: Callable[[str], int],
    arabic_names: Callable[[str], Sequence[Sequence[str]]] | None = None,
) -> list[Candidate]:
    """*group* (a winner and its close rivals, best first) without the candidates that give
    way to another of the group: by an alias (:func:`higher_standing_rival`), or, matched only
    loosely, to a place of higher standing the text's word fits at least as well, by a
    likeness that decides on its own or under a shared Arabic name. "Al-Sidr" ties the village
    Al Sidrah (its alias "As-Sidra", 0.94; its namesake node "Al Sidrah", 0.89) with the
    user's Es Sider (0.94), all السدرة in Arabic: the user's record is the one meant. The
    record of highest standing never gives way, so the result is never empty when *group*
    is not."""
    arabic: dict[str, set[tuple[str, ...]]] = {}

    def shares_arabic(a: str, b: str) -> bool:
        if arabic_names is None:
            return False
        for rid in (a, b):
            if rid not in arabic:
                arabic[rid] = {tuple(n) for n in arabic_names(rid)}
        return bool(arabic[a] & arabic[b])

    def loosely_outranked(c: Candidate) -> bool:
        if c.type == "PER" or c.score >= 1.0:
            return False
        own = standing(c.id)
        if own >= USER:
            return False
        return any(
            d.id != c.id
            and d.type == c.type
            and d.score >= c.score
            and standing(d.id) > own
            and (d.score >= NEAR_SCORE or shares_arabic(c.id, d.id))
            for d in group
        )

    return [
        c
        for c in group
        if higher_standing_rival(c, group, standing, arabic_names) is None
        and not loosely_outranked(c)
    ]


@cache
def _compass_nouns() -> frozenset[str]:
    """The compass nouns, English and French, folded: the English adjectives' nouns
    (:data:`normx.resolve.compass_place.COMPASS`) and the French ones
    (``normx/resolve/data/french_compass.yaml``)."""
    from normx.resolve.compass_place import COMPASS
    from normx.resolve.french_compass_word import compass_words

    return frozenset(fold(w) for w in COMPASS.values()) | compass_words()


def _words(name: str) -> list[str]:
    # a glued facility word is its parts: "Airbase" says the "air" and "base" of Air Base
    return [p for w in fold(name).replace("-", " ").split() for p in compound_parts(w)]


def town_of_facility(
    best: Candidate,
    query: str,
    facility_heads: Collection[str],
    prefixes: Iterable[list[Candidate]],
) -> Candidate | None:
    """The place *best*, a facility matched without its head noun, gives way to, or None.

    *prefixes* yields, longest first, the exact gazetteer answers (the trie's) for the
    query's leading words short of the whole. The longest such prefix that names a place
    spells the town when it is one place, no facility itself, all of whose words are words
    of the facility's matched name ("Brak" of "Brak al-Shati Air Base")."""
    if best.type != "LOC":
        return None
    said = _words(query)
    name = _words(best.matched)
    if not any(w in facility_heads and w not in said for w in name):
        return None
    for found in prefixes:
        if not found:
            continue
        towns = {
            c.id: c
            for c in found
            if c.type == "LOC"
            and c.id != best.id
            and not any(w in facility_heads for w in _words(c.matched))
            and all(w in name for w in _words(c.matched))
        }
        if len(towns) != 1:
            return None
        (town,) = towns.values()
        compass = _compass_nouns()
        if any(w in compass for w in name) and any(
            w in compass for w in said if w not in _words(town.matched)
        ):
            return None  # "Tripoli West", "Tripoli-Ouest": the Tripoli West Power Station
        return Candidate(town.id, town.name, town.type, best.score, town.matched, best.method, {})
    return None
