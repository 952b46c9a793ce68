"""The countries normx ships, as keys: what a comma qualifier names when it names a country.

Catalogues and Wikipedia titles qualify a place with a comma: "Zawiya, Libya", "Minya, Egypt",
"Martyrs' Square, Beirut". After a *country* the qualifier only says where the place is, and
texts write the bare name; after a town it names a place *inside* that town, usually with a
generic name that other towns' places share ("Martyrs' Square"), which texts about another
town also write (:mod:`normx.gazetteer.titles`). Telling the two apart needs the countries: the
shipped country files (``curated/countries.yaml``, ``generated/country-*.yaml``) hold them
with their other names in both languages, and the curated file their capitals, each a record
noted "capital of <the country's English name>" (:func:`country_capitals`). The *home*
countries are those whose own places the shipped gazetteers hold
(``generated/country-*.yaml``: Libya): a user's "Gharyan, Libya" is the shipped Gharyan, while
"Tripoli, Lebanon" is not the shipped Tripoli.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from normx.gazetteer.paths import default_gazetteer_paths
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name

__all__ = [
    "Country",
    "country_capitals",
    "country_keys",
    "home_country_keys",
    "is_country",
    "is_home_country",
]

_COUNTRY_FILES = ("countries.yaml",)
_HOME_PREFIX = "country-"
# "capital of Egypt", "capital of the United States", "capital of Germany, venue of ..."
_CAPITAL_OF = re.compile(r"capital of (?:the )?([^,;]+)", re.IGNORECASE)


def _files(home: bool) -> tuple[str, ...]:
    return _files_under(tuple(default_gazetteer_paths()), home)


@lru_cache(maxsize=8)
def _files_under(roots: tuple[Path, ...], home: bool) -> tuple[str, ...]:
    """The country files under the shipped gazetteer *roots*, listed once per set of roots:
    listing them walks the directories (~0.25 ms), and resolution asks :func:`is_country` of
    many mentions a document (``$NORMX_DEFAULT_GAZETTEERS`` naming other roots is another key)."""
    found: list[str] = []
    for root in roots:
        paths = [root] if root.is_file() else sorted(root.rglob("*.yaml")) if root.is_dir() else []
        for path in paths:
            name = path.name
            if name.startswith(_HOME_PREFIX) or (not home and name in _COUNTRY_FILES):
                found.append(str(path))
    return tuple(found)


@lru_cache(maxsize=8)
def _keys(files: tuple[str, ...]) -> frozenset[str]:
    """Names of the records of *files* that are countries: every record of a home file, the
    records noted "country" in the others (countries.yaml also holds capitals and cities)."""
    if not files:
        return frozenset()
    # imported here: the loader imports nothing of this module, but keep the dependency lazy
    from normx.gazetteer.loader import load_gazetteers

    gaz = load_gazetteers([Path(f) for f in files], defaults=False)
    keys = {
        normalize_name(text) for rec in gaz if _is_country(rec) for _, text, _ in rec.all_names()
    }
    return frozenset(k for k in keys if k)


def _is_home_file(rec: Record) -> bool:
    return rec.origin is not None and Path(rec.origin.path).name.startswith(_HOME_PREFIX)


def country_keys() -> frozenset[str]:
    """The normalised names (English and Arabic, every alias) of the shipped countries."""
    return _keys(_files(home=False))


def home_country_keys() -> frozenset[str]:
    """The normalised names of the countries whose places the shipped gazetteers hold."""
    return _keys(_files(home=True))


def is_country(text: str) -> bool:
    """Whether *text* names a shipped country ("Libya", "Egypt", "مصر"; not "Beirut")."""
    return normalize_name(text) in country_keys()


def is_home_country(text: str) -> bool:
    """Whether *text* names a country whose places normx ships ("Libya", "ليبيا")."""
    return normalize_name(text) in home_country_keys()


class Country(NamedTuple):
    """A shipped country: its English name, every name of its record (both languages, aliases
    included), and every name of the records noted as its capital (none for a country whose
    capital the country files do not hold: Libya's Tripoli is an OSM place)."""

    name: str
    names: tuple[str, ...]
    capital: tuple[str, ...]


def country_capitals() -> tuple[Country, ...]:
    """The shipped countries with their capitals' names, in file order (read once per set of
    shipped roots). The capitals are the country files' own records, each with its source, so
    the names a rule reads of a capital are those the linker links."""
    return _country_capitals(_files(home=False))


def _is_country(rec: Record) -> bool:
    return rec.type == "LOC" and (
        _is_home_file(rec) or (rec.note or "").lower().startswith("country")
    )


@lru_cache(maxsize=8)
def _country_capitals(files: tuple[str, ...]) -> tuple[Country, ...]:
    if not files:
        return ()
    from normx.gazetteer.loader import load_gazetteers

    records = list(load_gazetteers([Path(f) for f in files], defaults=False))
    capitals: dict[str, list[str]] = {}
    for rec in records:
        found = _CAPITAL_OF.match(rec.note or "") if rec.type == "LOC" else None
        if found is not None:
            names = capitals.setdefault(normalize_name(found.group(1)), [])
            names.extend(text for _, text, _ in rec.all_names())
    return tuple(
        Country(
            rec.name_en,
            tuple(text for _, text, _ in rec.all_names()),
            tuple(capitals.get(normalize_name(rec.name_en), ())),
        )
        for rec in records
        if _is_country(rec) and rec.name_en
    )
