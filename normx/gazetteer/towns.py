"""The towns and cities normx ships, as keys: what a name said alone names when it names a town.

A body is often named after its town ("Misrata Free Zone", "Zawiya Refinery", "Sabha
University"), and a gazetteer that lacks the town (a user's list of bodies, a test set's
hold-out gazetteer) lets the town's name said alone reach such a body
(:mod:`normx.resolve.country_alone`). Telling a town's name needs the towns: the shipped place
files hold them with their other names in both languages. A town here is a shipped place record
noted as one: the OpenStreetMap export's ``place=city`` and ``place=town`` (not villages or
hamlets, whose names are too many and too often common words), and the curated places and
country files' towns, cities and capitals ("town in the Nafusa Mountains", "coastal city west
of Tripoli", "capital of Tunisia"). Countries are :mod:`normx.gazetteer.countries`'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from normx.gazetteer.paths import default_gazetteer_paths
from normx.gazetteer.schema import Record
from normx.gazetteer.shipped_keys import ShippedKeys
from normx.text.normalize import normalize_name

__all__ = ["ShippedTowns", "is_town", "town_keys"]

# the shipped files that hold places: the OSM export, the curated places, the country files
# (capitals and a few cities); persons and bodies are never read
_PLACE_FILE = re.compile(r"^(?:places.*|countries|country-.*)\.yaml$")
# "OSM place=city", "OSM place=town; ...", "town in Murzuq District", "coastal city west of
# Tripoli", "city in Turkey", "capital of Tunisia"; not "OSM place=village"/"hamlet"
_TOWN_NOTE = re.compile(r"\bplace=(?:city|town)\b|^(?:coastal |port )?(?:city|town)\b|^capital of")


@lru_cache(maxsize=8)
def _files_under(roots: tuple[Path, ...]) -> tuple[str, ...]:
    found: list[str] = []
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*.yaml")) if root.is_dir() else []
        found.extend(str(p) for p in paths if _PLACE_FILE.match(p.name))
    return tuple(found)


def _is_town(rec: Record) -> bool:
    return rec.type == "LOC" and _TOWN_NOTE.search(rec.note or "") is not None


@lru_cache(maxsize=8)
def _keys(files: tuple[str, ...]) -> frozenset[str]:
    """Names (every language, every alias, normalised) of the records of *files* noted towns."""
    if not files:
        return frozenset()
    from normx.gazetteer.loader import load_gazetteers  # lazy, as countries._keys

    gaz = load_gazetteers([Path(f) for f in files], defaults=False)
    keys = {normalize_name(text) for rec in gaz if _is_town(rec) for _, text, _ in rec.all_names()}
    return frozenset(k for k in keys if k)


def town_keys() -> frozenset[str]:
    """The normalised names (English and Arabic, every alias) of the shipped towns and cities."""
    return _keys(_files_under(tuple(default_gazetteer_paths())))


def is_town(text: str) -> bool:
    """Whether *text* names a shipped town or city ("Misrata", "Zawiya", "Tunis"; not "Libya")."""
    return normalize_name(text) in town_keys()


class ShippedTowns(ShippedKeys):
    """:func:`is_town` with the shipped towns' keys fetched once, at the first question."""

    __slots__ = ()

    def __init__(self) -> None:
        super().__init__(town_keys)
