"""Readers for the raw files under shared/data, each returning plain frozen dataclasses.

Each reader knows one file format (see that folder's SOURCE.md) and nothing about evaluation
sets; a missing optional file yields an empty result so that small fixture directories work.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.eval.textkeys import arabic_words, clean, has_arabic, is_latin, plain_arabic


@dataclass(frozen=True)
class UnPerson:
    """One UN consolidated-list individual."""

    ref: str
    list_type: str
    name: str
    name_ar: str  # NAME_ORIGINAL_SCRIPT when it is Arabic script, else ""
    aliases: tuple[tuple[str, str], ...]  # (alias, quality)
    dob_years: frozenset[str]


@dataclass(frozen=True)
class OfacPerson:
    """One OFAC SDN individual with its a.k.a. rows."""

    ent_num: str
    name: str
    programs: str
    remarks: str
    akas: tuple[str, ...]
    dob_years: frozenset[str]


@dataclass(frozen=True)
class Place:
    """One OSM place node: canonical names plus every other Latin name, tagged by its OSM key."""

    osm_id: str
    kind: str
    name_en: str
    name_ar: str
    arabic_names: tuple[str, ...]
    latin_names: tuple[tuple[str, str], ...]  # (osm key, value), canonical excluded later
    wikidata: str


@dataclass(frozen=True)
class NamePair:
    """One Latin/Arabic pair of a name (token or place) with a frequency weight."""

    latin: str
    arabic: str
    weight: int = 1


def _open(path: Path) -> Iterator[str]:
    if not path.exists():
        return iter(())
    return iter(path.read_text(encoding="utf-8", errors="replace").splitlines())


# --- UN -------------------------------------------------------------------------------------------
_ALIAS_RE = re.compile(r"^(.*?)\s*\[([^\]]*)\]\s*$")


def read_un(data: Path) -> list[UnPerson]:
    """UN individuals from the TSV, with birth years taken from the XML when it is present."""
    folder = data / "un-sanctions-2018"
    years = _un_birth_years(folder / "consolidated.xml")
    out = []
    rows = csv.DictReader(_open(folder / "un_consolidated_names.tsv"), delimiter="\t")
    for row in rows:
        if row.get("kind") != "individual":
            continue
        aliases = []
        for part in clean(row.get("aliases") or "").split(" | "):
            m = _ALIAS_RE.match(part.strip())
            if m:
                aliases.append((m.group(1), m.group(2)))
            elif part.strip():
                aliases.append((part.strip(), ""))
        script = clean(row.get("name_original_script") or "")
        out.append(
            UnPerson(
                ref=row["reference_number"],
                list_type=row.get("un_list_type") or "",
                name=clean(row.get("name") or ""),
                name_ar=arabic_words(script),
                aliases=tuple(aliases),
                dob_years=years.get(row["reference_number"], frozenset()),
            )
        )
    return out


def _un_birth_years(path: Path) -> dict[str, frozenset[str]]:
    if not path.exists():
        return {}
    out: dict[str, frozenset[str]] = {}
    for ind in ET.parse(path).getroot().iter("INDIVIDUAL"):
        ref = (ind.findtext("REFERENCE_NUMBER") or "").strip()
        found: set[str] = set()
        for dob in ind.iter("INDIVIDUAL_DATE_OF_BIRTH"):
            for tag in ("DATE", "YEAR", "FROM_YEAR", "TO_YEAR"):
                value = (dob.findtext(tag) or "").strip()
                if re.match(r"^\d{4}", value):
                    found.add(value[:4])
        out[ref] = frozenset(found)
    return out


# --- OFAC -----------------------------------------------------------------------------------------
def _ofac_field(value: str) -> str:
    value = value.strip()
    return "" if value == "-0-" else value


def read_ofac(data: Path) -> list[OfacPerson]:
    """OFAC SDN individuals with their a.k.a. names (fka/nka rows are not spellings; dropped)."""
    folder = data / "ofac-sdn-2022"
    akas: dict[str, list[str]] = {}
    for row in csv.reader(_open(folder / "alt.csv")):
        if len(row) >= 4 and row[2].strip() == "aka" and _ofac_field(row[3]):
            akas.setdefault(row[0].strip(), []).append(_ofac_field(row[3]))
    out = []
    for row in csv.reader(_open(folder / "sdn.csv")):
        if len(row) < 12 or row[2].strip() != "individual":
            continue
        remarks = _ofac_field(row[11])
        years = frozenset(re.findall(r"DOB (?:[^;]*?)(\d{4})", remarks))
        out.append(
            OfacPerson(
                ent_num=row[0].strip(),
                name=_ofac_field(row[1]),
                programs=_ofac_field(row[3]),
                remarks=remarks,
                akas=tuple(akas.get(row[0].strip(), ())),
                dob_years=years,
            )
        )
    return out


# --- Gaddafi --------------------------------------------------------------------------------------
def read_gaddafi(data: Path) -> tuple[list[str], list[str]]:
    """(full-name spellings, surname spellings), order kept, duplicates kept."""
    folder = data / "gaddafi-spellings"
    full = [s.strip() for s in _open(folder / "gaddafi_full_name_spellings.txt") if s.strip()]
    sur = [s.strip() for s in _open(folder / "gaddafi_surname_spellings.txt") if s.strip()]
    return full, sur


# --- OSM places -----------------------------------------------------------------------------------
_OTHER_NAME_KEYS = re.compile(
    r"^(name(:[a-z]{2,3}(-[A-Za-z]+)?)?|(alt|old|int|official|loc|short|long|nat)_name([:_].*|\d)?)$"
)


def read_osm_places(data: Path) -> list[Place]:
    """OSM place nodes with their Arabic names and every other Latin-script name."""
    path = data / "osm-libya-places" / "osm_libya_places_overpass.json"
    if not path.exists():
        return []
    out = []
    for el in json.loads(path.read_text(encoding="utf-8")).get("elements", []):
        tags = {k: clean(v) for k, v in el.get("tags", {}).items() if isinstance(v, str)}
        name = tags.get("name", "")
        name_en = tags.get("name:en") or (name if is_latin(name) else "")
        name_ar = arabic_words(tags.get("name:ar") or "") or arabic_words(name)
        arabic, latin = [], []
        for key, value in sorted(tags.items()):
            if not _OTHER_NAME_KEYS.match(key):
                continue
            for v in value.split(";"):
                v = " ".join(v.split())
                if not v:
                    continue
                if has_arabic(v) and (key.endswith(":ar") or key in ("name", "alt_name")):
                    if arabic_words(v):
                        arabic.append(arabic_words(v))
                elif is_latin(v):
                    latin.append((key, v))
        out.append(
            Place(
                osm_id=f"{el.get('type', 'node')}/{el['id']}",
                kind=tags.get("place", ""),
                name_en=name_en,
                name_ar=name_ar,
                arabic_names=tuple(dict.fromkeys(arabic)),
                latin_names=tuple(latin),
                wikidata=tags.get("wikidata", ""),
            )
        )
    return out


# --- token lists ----------------------------------------------------------------------------------
def read_anetac(data: Path, cls: str) -> list[NamePair]:
    """ANETAC entries of one class (PERSON / LOCATION / ORGANIZATION). Evaluation use only."""
    out = []
    for line in _open(data / "anetac" / "EN-AR_Named-entities.txt"):
        parts = line.strip().split(" ")
        if len(parts) == 3 and parts[0] == cls:
            out.append(NamePair(clean(parts[1]), clean(parts[2].replace("\u0640", ""))))
    return out


def read_google_translit(data: Path) -> list[NamePair]:
    """Arabic -> English name tokens mined from Wikipedia (English side lower-cased)."""
    out = []
    for line in _open(data / "google-translit" / "ar2en.txt"):
        parts = line.split("\t")
        if len(parts) == 2 and parts[0].strip() and parts[1].strip():
            out.append(NamePair(clean(parts[1]), clean(parts[0])))
    return out


def read_wikidata_tokens(data: Path) -> list[NamePair]:
    """Wikidata person-name tokens (English lower-cased, Arabic letters joined) with counts."""
    out = []
    path = data / "wikidata-names-coling2018" / "wd_arabic.normalized.aligned.tokens.tsv"
    for line in _open(path):
        parts = line.split("\t")
        if len(parts) == 3 and parts[2].strip().isdigit():
            out.append(NamePair(clean(parts[0]), clean(parts[1]).replace(" ", ""), int(parts[2])))
    return out


def read_rigour_clusters(data: Path) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """rigour name-part clusters as (latin forms, arabic forms); other scripts dropped."""
    out = []
    for line in _open(data / "rigour-person-names" / "persons_arabic_script.txt"):
        forms = [clean(f) for f in line.split(" => ")[0].split(", ")]
        arabic = tuple(f for f in forms if plain_arabic(f))
        latin = tuple(f for f in forms if is_latin(f))
        if arabic and latin:
            out.append((latin, arabic))
    return out
