"""Libya-regime individuals of the UN Security Council consolidated sanctions list (2018-10-29).

Source: ``un-sanctions-2018/consolidated.xml`` (public UN document; copy from an MIT repository).
Only ``UN_LIST_TYPE`` = Libya individuals (``LYi.*``) are taken. Older entries are in upper case
and have no Arabic original; their aliases are real attested spellings and are all kept, except
English epithets ("The Doctor", "The Uncle") that would match ordinary prose.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from normx.curate.names import clean, fix_case, is_arabic, is_latin, slugify, split_scripts
from normx.curate.records import RecordDict, make_record

RELATIVE_PATH = Path("un-sanctions-2018/consolidated.xml")
LIST_DATE = "2018-10-29"
SOURCE = "UN SC consolidated list " + LIST_DATE + ", {ref}"


def _alias_names(raw: str) -> tuple[list[str], list[str]]:
    """Latin and Arabic names in one ALIAS_NAME value.

    Values carry extra text: "Akrin Saleh Akrin (أقرين صالح أقرين)", "Safia ... Al-Hadad, born 1
    Jan. 1953 (Oman passport ...)", or several spellings of one name separated by commas.
    """
    raw = clean(raw)
    raw = re.split(r",\s*born\b", raw, maxsplit=1)[0]
    latin: list[str] = []
    arabic: list[str] = []
    for inner in re.findall(r"\(([^()]*)\)", raw):
        if is_arabic(inner):
            arabic.append(clean(inner))
    raw = re.sub(r"\([^()]*\)", " ", raw)
    for part in raw.split(","):
        part = clean(part)
        if not part:
            continue
        lat, ara = split_scripts(part)
        if lat and not lat.lower().startswith("the "):
            latin.append(fix_case(lat))
        if ara:
            arabic.append(ara)
    return latin, arabic


def _name(ind: ET.Element) -> str:
    parts = [
        clean(ind.findtext(tag))
        for tag in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
    ]
    return fix_case(" ".join(p for p in parts if p))


def individual_record(ind: ET.Element) -> RecordDict:
    """The record of one ``INDIVIDUAL`` element (name as listed, canonical names applied later)."""
    ref = clean(ind.findtext("REFERENCE_NUMBER"))
    en = _name(ind)
    original = clean(ind.findtext("NAME_ORIGINAL_SCRIPT"))
    ar = original if original and is_arabic(original) else None
    aliases_en: list[str] = []
    aliases_ar: list[str] = []
    for alias in ind.iter("INDIVIDUAL_ALIAS"):
        lat, ara = _alias_names(alias.findtext("ALIAS_NAME") or "")
        aliases_en += lat
        aliases_ar += ara
    designation = [clean(v.text) for v in _designations(ind) if v.text]
    note = "UN designation: " + "; ".join(designation) if designation else None
    return make_record(
        f"per:{slugify(en)}",
        "PER",
        en=en if is_latin(en) else None,
        ar=ar,
        aliases_en=aliases_en,
        aliases_ar=aliases_ar,
        xref={"un": ref},
        source=SOURCE.format(ref=ref),
        note=note,
    )


def _designations(ind: ET.Element) -> list[ET.Element]:
    return [v for d in ind.findall("DESIGNATION") for v in d.findall("VALUE")]


def records(data_dir: Path) -> list[RecordDict]:
    """Every Libya-list individual (``LYi.*``) as listed, ids ``per:<slug of listed name>``."""
    root = ET.parse(data_dir / RELATIVE_PATH).getroot()
    out: list[RecordDict] = []
    for ind in root.iter("INDIVIDUAL"):
        if clean(ind.findtext("UN_LIST_TYPE")) != "Libya":
            continue
        out.append(individual_record(ind))
    return sorted(out, key=lambda r: r["xref"]["un"])
