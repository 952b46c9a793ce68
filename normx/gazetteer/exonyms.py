"""Country names in other languages: a text's "Tunisie" is the loaded record of Tunisia.

English news about Libya borrows from French, Italian and Turkish sources, and machine
translation keeps their country names: "Libye", "Tunisie", "Égypte", "Allemagne", "Almanya".
A gazetteer written outside the project holds each country under its English name
("Tunisia"), and the matcher alone reads "Tunisie" as the nearer "Tunis", a city. The
exonym table (``data/exonyms.yaml``, generated from Unicode CLDR by
``scripts/generate_exonyms.py``: every country, in French, Italian, German, Spanish and
Turkish) is general data. :func:`country_exonyms` says which loaded record each exonym
spells; the name trie (:mod:`normx.detect.trie`) then finds the exonym written in a text as an
exact spelling of that record's English name.

Cities are read the same way from a second table (``data/city_exonyms.yaml``, :data:`CITY_DATA`):
French names of major Arab cities ("Alger", "Le Caire"), hand-curated because CLDR names only
countries, each attested as an alternate name of its GeoNames feature (CC BY 4.0); the
cities' English names key the loaded records as the countries' do.

Exonyms are spelled, never matched loosely: as names in the index they would be more surface
for fuzzy and phonetic matching, and foreign country names look like Arabic
transliterations of other things ("Kuveyt" ~ "Covid", Portuguese "Chade" ~ "Shati"). So
they reach only the trie, and a text's exonym links only when written as CLDR writes it
(accents, case and hyphens folded).

A record is a country's when it is a place (``LOC``) and one of its English names (inherited
ones included: a user's "Turkey" inherits the shipped "Türkiye", CLDR's English name) is the
country's CLDR English name. An exonym is left out when:

* some loaded record holds it as a name already (the gazetteer's data wins: "Libia" as a town);
* it is the English name of another country, or the exonym of two countries;
* two loaded places are the same country (which one the text means is not for us to say);
* it has fewer than :data:`MIN_LETTERS` letters.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from normx.gazetteer.cache import load_or_build
from normx.text.normalize import normalize_name
from normx.text.resources import analysis_fingerprint

__all__ = ["CITY_DATA", "Exonym", "country_exonyms", "exonym_table"]

MIN_LETTERS = 4
EXONYMS_FORMAT = 1  # of the cached normalised table
DATA = Path(__file__).with_name("data") / "exonyms.yaml"
# French names of major Arab cities, hand-curated and attested in GeoNames (CC BY 4.0): read
# like the country table (the cities' English names key the loaded records)
CITY_DATA = Path(__file__).with_name("data") / "city_exonyms.yaml"
_NOT_LANGS = frozenset({"en", "source"})  # an entry's keys that hold no other-language names

# code -> (English names, ((language, name), ...))
Table = dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]
# a normalised name -> the loaded names so normalised, as (record id, record type, name id)
Holders = Callable[[str], Iterable[tuple[str, str, int]]]


class Exonym(NamedTuple):
    """Loaded record *record_id* (its English name *name_id*) is written *text* in *lang*."""

    record_id: str
    name_id: int
    lang: str
    text: str
    code: str


_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def exonym_table(path: Path = DATA) -> Table:
    """The table as read: ISO code -> (English names, other-language names with language)."""
    return _table(path.resolve())


@cache
def _table(path: Path) -> Table:
    """:func:`exonym_table` of a resolved *path*, read once."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader) or {}
    out: Table = {}
    for code, entry in (data.get("countries") or data.get("places") or {}).items():
        english = tuple(entry.get("en") or ())
        others = tuple(
            (lang, name)
            for lang, names in entry.items()
            if lang not in _NOT_LANGS
            for name in names
        )
        out[str(code)] = (english, others)
    return out


def _normalised(path: Path = DATA) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """:func:`_normalised_at` of *path* resolved (one cache entry per file)."""
    return _normalised_at(path.resolve())


@cache
def _normalised_at(path: Path) -> tuple[dict[str, str], list[tuple[str, str, str, str]]]:
    """The usable table, normalised: kept in the normx cache (normalising every name costs a
    few tenths of a second), keyed on the data and the normalisation's fingerprint."""
    data = path.read_bytes()
    key = f"{hashlib.sha256(data).hexdigest()[:24]}-{analysis_fingerprint()}-v{EXONYMS_FORMAT}"
    value = load_or_build("exonyms", key, lambda: _normalise(path))
    return dict(value["english"]), [(r[0], r[1], r[2], r[3]) for r in value["rows"]]


def _normalise(path: Path) -> dict[str, Any]:
    """English key -> code (keys of one code only), and [code, language, name, key] for each
    exonym usable at all (one country's, no country's English name, long enough)."""
    table = exonym_table(path)
    english: dict[str, set[str]] = defaultdict(set)
    for code, (names, _) in table.items():
        for name in names:
            english[normalize_name(name)].add(code)
    owners: dict[str, set[str]] = defaultdict(set)
    rows: list[tuple[str, str, str, str]] = []
    for code, (_, others) in table.items():
        for lang, name in others:
            key = normalize_name(name)
            owners[key].add(code)
            rows.append((code, lang, name, key))
    usable = [
        list(r)
        for r in rows
        if r[3]
        and r[3] not in english
        and owners[r[3]] == {r[0]}
        and sum(c.isalpha() for c in r[3]) >= MIN_LETTERS
    ]
    one = {k: next(iter(v)) for k, v in english.items() if len(v) == 1}
    return {"english": one, "rows": usable}


def country_exonyms(holders: Holders, path: Path = DATA) -> list[Exonym]:
    """The exonyms the loaded countries answer to; *holders* gives the loaded names that
    normalise to a key (the index's exact table)."""
    english, rows = _normalised(path)
    claims: dict[str, dict[str, int]] = defaultdict(dict)  # code -> record id -> name id
    codes_of: dict[str, set[str]] = defaultdict(set)
    for key, code in english.items():
        for rid, rtype, ni in holders(key):
            if rtype == "LOC":
                claims[code].setdefault(rid, ni)
                codes_of[rid].add(code)
    owner: dict[str, tuple[str, int]] = {}
    for code, recs in claims.items():
        if len(recs) == 1:
            ((rid, ni),) = recs.items()
            if len(codes_of[rid]) == 1:
                owner[code] = (rid, ni)
    out: list[Exonym] = []
    seen: set[tuple[str, str]] = set()
    for code, lang, name, key in rows:
        found = owner.get(code)
        if found is None or (code, key) in seen:
            continue
        if any(True for _ in holders(key)):
            continue  # a loaded name already: that record's (or already the country's)
        seen.add((code, key))
        out.append(Exonym(found[0], found[1], lang, name, code))
    return out
