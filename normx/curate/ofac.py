"""Libyan individuals of the OFAC Specially Designated Nationals list (~2022-01, public domain).

Source: ``ofac-sdn-2022/sdn.csv`` and ``alt.csv`` (OFAC legacy CSV, no header, ``-0-`` = empty).
The slice: individuals on a LIBYA program, or whose remarks give Libya as place of birth,
nationality or citizenship (SDGT entries of Libyans). OFAC writes "SURNAME, Given" with the
surname in upper case; names are turned into "Given Surname" in name case. The a.k.a. entries of
``alt.csv`` are attested variants and are all kept; nicknames quoted in the remarks are not.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from normx.curate.names import clean, fix_case, invert_surname_given, slugify
from normx.curate.records import RecordDict, make_record

SDN_PATH = Path("ofac-sdn-2022/sdn.csv")
ALT_PATH = Path("ofac-sdn-2022/alt.csv")
LIST_DATE = "2022-01"
SOURCE = "OFAC SDN " + LIST_DATE + ", ent {ent}"
_EMPTY = "-0-"
_LIBYAN = re.compile(r"\b(?:POB|alt\. POB|nationality|citizen)\b[^;]*\bLibya\b", re.IGNORECASE)


def _field(value: str) -> str:
    value = clean(value)
    return "" if value == _EMPTY else value


def ofac_name(raw: str) -> str:
    """``"AL-SENUSSI, Abdullah"`` -> ``"Abdullah al-Senussi"``.

    Each half is name-cased only if OFAC wrote it in upper case; the article of a surname that no
    longer starts the name is written lower case ("al-"), as English reference works do.
    """
    surname, sep, given = clean(raw).partition(",")
    surname = fix_case(surname.strip())
    given = fix_case(given.strip())
    if not sep:
        return surname
    name = invert_surname_given(f"{surname}, {given}") if given else surname
    return re.sub(r"(?<=\s)(Al|El)-(?=\w)", lambda m: m.group(1).lower() + "-", name)


def is_libyan(program: str, remarks: str) -> bool:
    """True for a LIBYA-program entry, or remarks tying the person to Libya by birth/nationality."""
    return "LIBYA" in program.upper() or bool(_LIBYAN.search(remarks))


def _aliases(data_dir: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with (data_dir / ALT_PATH).open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 4:
                continue
            ent, _alt_num, alt_type, alt_name = (_field(v) for v in row[:4])
            if alt_type.lower() in {"aka", "fka", "nka"} and alt_name:
                out.setdefault(ent, []).append(ofac_name(alt_name))
    return out


def records(data_dir: Path) -> list[RecordDict]:
    """Libyan SDN individuals, ids ``per:<slug of name>``, xref ``ofac`` = ent_num."""
    aliases = _aliases(data_dir)
    out: list[RecordDict] = []
    with (data_dir / SDN_PATH).open(encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh):
            if len(row) < 12:
                continue
            ent, name, sdn_type, program = (_field(v) for v in row[:4])
            remarks = _field(row[11])
            if sdn_type != "individual" or not is_libyan(program, remarks):
                continue
            en = ofac_name(name)
            out.append(
                make_record(
                    f"per:{slugify(en)}",
                    "PER",
                    en=en,
                    aliases_en=aliases.get(ent, []),
                    xref={"ofac": ent},
                    source=SOURCE.format(ent=ent),
                    note="OFAC program " + program.replace("] [", ", "),
                )
            )
    return sorted(out, key=lambda r: int(r["xref"]["ofac"]))
