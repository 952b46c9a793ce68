"""Country names in other languages: a country's record also answers to its exonyms.

English news about Libya borrows from French, Italian and Turkish sources, and machine
translation keeps their country names: "Libye", "Tunisie", "Égypte", "Allemagne", "Almanya".
A gazetteer written outside the project holds each country under its English name
("Tunisia"), and the matcher alone reads "Tunisie" as the nearer "Tunis", a city. The
exonym table (``data/exonyms.yaml``, generated from Unicode CLDR by
``scripts/generate_exonyms.py``: every country, in French, Italian, German, Spanish,
Portuguese and Turkish) is general data, used the way alias inheritance
(:mod:`normx.gazetteer.inherit`) uses the shipped gazetteers: the loaded record of a country
gains the country's other-language names as inherited names, with ``cldr:XX`` as their source
in the evidence.

A record is a country's when it is a place (``LOC``) and one of its English names, or of the
shipped record it was identified with ("Turkey" with the shipped Turkey, which also holds
CLDR's "Türkiye"), is the country's CLDR English name. A name is *not* added when:

* another loaded record holds it (normalised): the user's data wins ("Libia" as a town);
* it is the English name of another country, or the exonym of two countries;
* two loaded records are the same country's (which one the text means is not for us to say);
* it is shorter than :data:`MIN_LETTERS` letters once normalised (a short name is more
  surface for fuzzy matching than it is worth).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path

import yaml

from normx.gazetteer.inherit import Inheritance, InheritedName
from normx.gazetteer.schema import Record

__all__ = ["EXONYMS_VERSION", "country_exonyms", "exonym_table", "with_exonyms"]

EXONYMS_VERSION = 1  # part of the compiled-index cache key: bump when the rules or data change
MIN_LETTERS = 4
DATA = Path(__file__).with_name("data") / "exonyms.yaml"
SOURCE = "Unicode CLDR"

Normalise = Callable[[str], str]
# code -> (English names, ((language, name), ...))
Table = dict[str, tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]


@cache
def exonym_table(path: Path = DATA) -> Table:
    """The table as read: ISO code -> (English names, other-language names with language)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    out: Table = {}
    for code, entry in (data.get("countries") or {}).items():
        english = tuple(entry.get("en") or ())
        others = tuple(
            (lang, name) for lang, names in entry.items() if lang != "en" for name in names
        )
        out[str(code)] = (english, others)
    return out


def country_exonyms(
    records: Iterable[Record],
    norm: Normalise,
    *,
    english_of: Callable[[Record], Iterable[str]] | None = None,
    table: Table | None = None,
) -> tuple[InheritedName, ...]:
    """The exonyms each country record of *records* (the records as loaded) gains.

    *english_of* gives a record's English names to identify it by (its own by default; the
    caller adds those of the shipped record it was identified with).
    """
    table = exonym_table() if table is None else table
    records = list(records)
    english_code: dict[str, set[str]] = defaultdict(set)
    for code, (english, _) in table.items():
        for name in english:
            english_code[norm(name)].add(code)
    exonym_codes: dict[str, set[str]] = defaultdict(set)
    for code, (_, others) in table.items():
        for _, name in others:
            exonym_codes[norm(name)].add(code)
    held: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        for _, text, _ in rec.all_names():
            held[norm(text)].add(rec.id)
    claim: dict[str, list[Record]] = defaultdict(list)
    for rec in records:
        if rec.type != "LOC":
            continue
        names = english_of(rec) if english_of is not None else rec.names("en")
        codes = {c for n in names for c in english_code.get(norm(n), ())}
        if len(codes) == 1:
            claim[codes.pop()].append(rec)
    out: list[InheritedName] = []
    for code, claimants in sorted(claim.items()):
        if len(claimants) != 1:
            continue
        rec = claimants[0]
        seen: set[str] = set()
        for lang, name in table[code][1]:
            key = norm(name)
            if (
                not key
                or key in seen
                or sum(c.isalpha() for c in key) < MIN_LETTERS
                or held.get(key, set()) - {rec.id}
                or rec.id in held.get(key, set())
                or key in english_code
                or exonym_codes[key] != {code}
            ):
                continue
            seen.add(key)
            out.append(InheritedName(rec.id, "en", name, f"cldr:{code}", f"{SOURCE}, {lang}"))
    return tuple(out)


def with_exonyms(
    inheritance: Inheritance,
    records: Iterable[Record],
    shipped: Iterable[Record],
    norm: Normalise,
) -> Inheritance:
    """*inheritance* with the loaded country records' exonyms added to its names.

    *records* are the loaded records (the user's, and the shipped ones when loaded too);
    *shipped* the shipped records, whose English names identify the user's records they were
    linked to. Shadowed records gain nothing; a shipped record linked to a user's record
    leaves the country to the user's.
    """
    shadowed = set(inheritance.shadowed)
    shipped_by_id = {r.id: r for r in shipped}
    linked: dict[str, list[str]] = defaultdict(list)
    for link in inheritance.links:
        linked[link.user_id].append(link.shipped_id)
    taken = {link.shipped_id for link in inheritance.links}
    inherited: dict[str, list[str]] = defaultdict(list)
    for n in inheritance.names:
        if n.lang == "en":
            inherited[n.record_id].append(n.text)
    loaded = [r for r in records if r.id not in shadowed]

    def english_of(rec: Record) -> list[str]:
        names = [*rec.names("en"), *inherited.get(rec.id, ())]
        for sid in linked.get(rec.id, ()):
            other = shipped_by_id.get(sid)
            if other is not None:
                names.extend(other.names("en"))
        return names

    # names the record inherits count as held by it (no second copy)
    as_matched = inheritance.apply(loaded)
    mine = [r for r in as_matched if not (r.id in taken and r.id not in linked)]
    others = [r for r in as_matched if r.id in taken and r.id not in linked]
    found = country_exonyms(mine, norm, english_of=english_of)
    if others:  # a shipped record left in beside its user's record: its names are held too
        held = {norm(t) for r in others for _, t, _ in r.all_names()}
        found = tuple(n for n in found if norm(n.text) not in held)
    if not found:
        return inheritance
    return Inheritance(inheritance.links, inheritance.names + found, inheritance.shadowed)
