"""Libyan airports, airstrips and air bases from the ``airportsdata`` package (MIT).

Source: ``airports-libya/airports_LY.csv`` (airportsdata 20260905, rows with country LY). The
package has English names only, some of them outdated ("La Abraq"); the airfields that matter in
Libyan news get the name English reference works use and their Arabic name from
:data:`CURATED`, the airportsdata name kept as an alias. ICAO (and IATA) codes go in ``xref``.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import NamedTuple

from normx.curate.names import slugify
from normx.curate.records import RecordDict, make_record

RELATIVE_PATH = Path("airports-libya/airports_LY.csv")
SOURCE = "airportsdata 20260905 (MIT), ICAO {icao}"


class Curated(NamedTuple):
    """Hand-curated names of one airfield: English as in reference works, Arabic, other forms."""

    en: str
    ar: str
    aliases_en: tuple[str, ...] = ()
    aliases_ar: tuple[str, ...] = ()


# Keyed by ICAO code. English: Wikipedia article titles; Arabic: Arabic Wikipedia / Arabic news.
CURATED: dict[str, Curated] = {
    "HLLM": Curated(
        "Mitiga International Airport",
        "مطار معيتيقة الدولي",
        ("Wheelus Air Base",),
        ("مطار معيتيقة", "قاعدة معيتيقة الجوية"),
    ),
    "HLLT": Curated(
        "Tripoli International Airport", "مطار طرابلس الدولي", (), ("مطار طرابلس العالمي",)
    ),
    "HLLB": Curated(
        "Benina International Airport",
        "مطار بنينا الدولي",
        ("Benina Air Base",),
        ("مطار بنينا", "قاعدة بنينا الجوية"),
    ),
    "HLMS": Curated("Misrata International Airport", "مطار مصراتة الدولي", (), ("مطار مصراتة",)),
    "HLLS": Curated("Sabha Airport", "مطار سبها الدولي", (), ("مطار سبها",)),
    "HLGD": Curated(
        "Ghardabiya Air Base",
        "قاعدة القرضابية الجوية",
        ("Sirte Airport", "Gardabia Air Base"),
        ("مطار القرضابية", "قاعدة القرضابية"),
    ),
    "HLGN": Curated(
        "Gamal Abdel Nasser Air Base",
        "قاعدة جمال عبد الناصر الجوية",
        ("Tobruk Airport",),
        ("قاعدة جمال عبد الناصر", "مطار طبرق"),
    ),
    "HLLQ": Curated(
        "Al Abraq International Airport",
        "مطار الأبرق الدولي",
        ("Labraq Airport",),
        ("مطار الابرق",),
    ),
    "HL69": Curated(
        "Al Jufra Air Base", "قاعدة الجفرة الجوية", ("Jufra Air Base",), ("قاعدة الجفرة",)
    ),
    "HL59": Curated(
        "Al-Khadim Air Base", "قاعدة الخادم الجوية", ("Al Khadim Airbase",), ("قاعدة الخادم",)
    ),
    "HL66": Curated(
        "Tamanhint Air Base", "قاعدة تمنهنت الجوية", ("Tamenhint Air Base",), ("قاعدة تمنهنت",)
    ),
    "HL56": Curated(
        "Maaten al-Sarra Air Base",
        "قاعدة معطن السارة الجوية",
        ("Maaten al-Sarra",),
        ("قاعدة معطن السارة",),
    ),
    "HLKF": Curated("Kufra Airport", "مطار الكفرة", ()),
    "HLON": Curated("Hun Airport", "مطار هون", ()),
    "HLZW": Curated("Zuwara Airport", "مطار زوارة", ()),
    "HLTD": Curated("Ghadames Airport", "مطار غدامس", ()),
    "HLGT": Curated("Ghat Airport", "مطار غات", ()),
    "HLMB": Curated("Marsa Brega Airport", "مطار البريقة", ()),
    "HL58": Curated("Ajdabiya Airport", "مطار اجدابيا", ()),
    "HLNF": Curated("Ras Lanuf Airport", "مطار راس لانوف", ()),
    "HL54": Curated("Bani Walid Airport", "مطار بني وليد", ()),
}


def _read_rows(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / RELATIVE_PATH).open(encoding="utf-8", newline="") as fh:
        return [row for row in csv.DictReader(fh) if row.get("country") == "LY"]


def airport_record(row: dict[str, str]) -> RecordDict:
    """The record of one airportsdata row (curated names applied when known)."""
    icao = row["icao"].strip()
    src_name = row["name"].strip()
    cur = CURATED.get(icao)
    en = cur.en if cur else src_name
    xref = {"icao": icao}
    if row.get("iata", "").strip():
        xref["iata"] = row["iata"].strip()
    note_city = row.get("city", "").strip()
    return make_record(
        f"loc:{slugify(en)}",
        "LOC",
        en=en,
        ar=cur.ar if cur else None,
        aliases_en=([src_name, *list(cur.aliases_en)]) if cur else [],
        aliases_ar=list(cur.aliases_ar) if cur else [],
        xref=xref,
        source=SOURCE.format(icao=icao)
        + ("; names: curated from Wikipedia (en/ar) article titles" if cur else ""),
        note=f"airfield; city {note_city}" if note_city else "airfield",
    )


def records(data_dir: Path) -> list[RecordDict]:
    """One record per Libyan airfield of airportsdata, ids ``loc:<slug of English name>``."""
    return [airport_record(row) for row in _read_rows(data_dir)]
