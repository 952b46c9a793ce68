"""One record per sanctioned person: UN and OFAC entries merged, canonical names applied.

The same person is often on both lists under different spellings (UN "MUAMMAR MOHAMMED ABU MINYAR
QADHAFI", OFAC "QADHAFI, Muammar"), so the pairs are listed by hand in :data:`UN_OFAC` (checked by
name, date and place of birth). The lists' own names are legal forms; the canonical English name
is the one English reference works use (Wikipedia titles), with the Arabic name, in
:data:`CANONICAL`. Everything the lists spell stays as an alias.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from normx.curate import ofac, un_sanctions
from normx.curate.names import slugify
from normx.curate.records import RecordDict, make_record, merge_into

# UN reference number -> OFAC ent_num of the same individual.
UN_OFAC: dict[str, str] = {
    "LYi.006": "12632",
    "LYi.007": "12634",
    "LYi.008": "12633",
    "LYi.009": "12610",
    "LYi.010": "12627",
    "LYi.011": "12607",
    "LYi.012": "12628",
    "LYi.013": "12606",
    "LYi.014": "12609",
    "LYi.015": "12629",
    "LYi.016": "12631",
    "LYi.017": "12608",
    "LYi.018": "12635",
    "LYi.019": "12626",
    "LYi.020": "12684",
    "LYi.021": "24004",
    "LYi.022": "24313",
    "LYi.023": "24314",
    "LYi.024": "24310",
    "LYi.025": "24311",
    "LYi.026": "24312",
    "LYi.027": "24957",
}


class Canonical(NamedTuple):
    """Reference-work English name, Arabic name, optional Wikidata QID, extra Arabic forms,
    French name (the French Wikipedia title, where it spells the person otherwise)."""

    en: str
    ar: str | None = None
    wikidata: str | None = None
    aliases_ar: tuple[str, ...] = ()
    fr: str | None = None


# Keyed by UN reference number or "ofac:<ent_num>" (OFAC-only persons).
CANONICAL: dict[str, Canonical] = {
    "LYi.003": Canonical("Sayyid Qaddaf al-Dam", "سيد قذاف الدم"),
    "LYi.006": Canonical("Abuzed Omar Dorda", "أبو زيد عمر دوردة"),
    "LYi.007": Canonical("Abu-Bakr Yunis Jabr", "أبو بكر يونس جابر"),
    "LYi.008": Canonical("Matuq Mohammed Matuq", "معتوق محمد معتوق"),
    "LYi.009": Canonical("Ayesha Gaddafi", "عائشة القذافي", fr="Aïcha Kadhafi"),
    "LYi.010": Canonical("Hannibal Gaddafi", "هانيبال القذافي", fr="Hannibal Kadhafi"),
    "LYi.011": Canonical("Khamis Gaddafi", "خميس القذافي", fr="Khamis Kadhafi"),
    "LYi.012": Canonical("Muhammad Gaddafi", "محمد القذافي"),
    "LYi.013": Canonical(
        "Muammar Gaddafi",
        "معمر القذافي",
        "Q19878",
        ("معمر محمد أبو منيار القذافي",),
        fr="Mouammar Kadhafi",
    ),
    "LYi.014": Canonical("Mutassim Gaddafi", "المعتصم بالله القذافي", None, ("المعتصم القذافي",)),
    "LYi.015": Canonical("Al-Saadi Gaddafi", "الساعدي القذافي", fr="Saadi Kadhafi"),
    "LYi.016": Canonical("Saif al-Arab Gaddafi", "سيف العرب القذافي"),
    "LYi.017": Canonical(
        "Saif al-Islam Gaddafi", "سيف الإسلام القذافي", fr="Saïf al-Islam Kadhafi"
    ),
    "LYi.018": Canonical("Abdullah Senussi", "عبد الله السنوسي", fr="Abdallah Senoussi"),
    "LYi.019": Canonical("Safia Farkash", "صفية فركاش"),
    "LYi.020": Canonical("Abdulhafid Zlitni", "عبد الحفيظ الزليطني"),
    "LYi.027": Canonical("Ibrahim Jadhran", "إبراهيم الجضران", None, ("إبراهيم جضران",)),
    "ofac:12688": Canonical("Bashir Saleh Bashir", "بشير صالح بشير"),
    "ofac:12690": Canonical(
        "Baghdadi Mahmudi", "البغدادي المحمودي", None, ("البغدادي علي المحمودي",)
    ),
    "ofac:12843": Canonical("Atiyah Abd al-Rahman", "عطية عبد الرحمن"),
    "ofac:12888": Canonical("Abu Yahya al-Libi", "أبو يحيى الليبي"),
    "ofac:16479": Canonical("Ahmed Abu Khattala", "أحمد أبو ختالة"),
    "ofac:16480": Canonical("Abu Sufian bin Qumu", "أبو سفيان بن قمو"),
    "ofac:19769": Canonical("Khalifa al-Ghawil", "خليفة الغويل"),
    "ofac:19849": Canonical("Aguila Saleh Issa", "عقيلة صالح عيسى", None, ("عقيلة صالح",)),
    "ofac:25038": Canonical("Mahmoud al-Werfalli", "محمود الورفلي"),
    "ofac:26094": Canonical("Salah Badi", "صلاح بادي"),
    "ofac:29119": Canonical("Mohamed al-Kani", "محمد الكاني"),
}

CANONICAL_SOURCE = "canonical name: curated from Wikipedia (en/ar) article titles"
FRENCH_SOURCE = "French name: French Wikipedia (fr) article title"


def _apply_canonical(rec: RecordDict, key: str) -> RecordDict:
    """The record under its canonical names; the listed names become aliases."""
    canon = CANONICAL.get(key)
    if canon is None:
        return rec
    name = rec["name"]
    aliases = rec.get("aliases", {})
    xref = dict(rec.get("xref", {}))
    if canon.wikidata:
        xref["wikidata"] = canon.wikidata
    return make_record(
        f"per:{slugify(canon.en)}",
        "PER",
        en=canon.en,
        ar=canon.ar or name.get("ar"),
        aliases_en=[name.get("en", ""), *aliases.get("en", [])],
        aliases_ar=[*canon.aliases_ar, name.get("ar", ""), *aliases.get("ar", [])],
        xref=xref,
        source=f"{rec.get('source')}; {CANONICAL_SOURCE}"
        + (f"; {FRENCH_SOURCE}" if canon.fr else ""),
        note=rec.get("note"),
        fr=canon.fr,
    )


def merged(
    un_records: list[RecordDict], ofac_records: list[RecordDict]
) -> tuple[list[RecordDict], list[RecordDict]]:
    """``(UN persons with OFAC entries merged in, OFAC-only persons)``, under canonical names."""
    ofac_by_ent = {r["xref"]["ofac"]: r for r in ofac_records}
    paired = set(UN_OFAC.values())
    un_out: list[RecordDict] = []
    for rec in un_records:
        ref = rec["xref"]["un"]
        ent = UN_OFAC.get(ref)
        if ent and ent in ofac_by_ent:
            rec = merge_into(rec, ofac_by_ent[ent])
        un_out.append(_apply_canonical(rec, ref))
    ofac_out = [
        _apply_canonical(rec, f"ofac:{rec['xref']['ofac']}")
        for rec in ofac_records
        if rec["xref"]["ofac"] not in paired
    ]
    return un_out, ofac_out


def persons_un(data_dir: Path) -> list[RecordDict]:
    """UN-listed Libyan persons, each with the OFAC entry of the same person merged in."""
    return merged(un_sanctions.records(data_dir), ofac.records(data_dir))[0]


def persons_ofac(data_dir: Path) -> list[RecordDict]:
    """Libyan persons on the OFAC list only (not on the UN Libya list)."""
    return merged(un_sanctions.records(data_dir), ofac.records(data_dir))[1]
