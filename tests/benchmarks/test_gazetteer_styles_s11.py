"""Session 11's gazetteer styles of ``benchmarks/eval/gazetteer_styles.py``: comma qualifiers,
GeoNames/OSM romanisations, Wikidata long names, letter case, swapped types. Each keeps the
record contract (the real loader accepts the result) and writes names the way it says."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval import gazetteer_styles as gs
from normx.gazetteer import load_gazetteers

MISRATA = {"id": "loc:misrata", "type": "LOC", "name": {"en": "Misrata", "ar": "مصراتة"}}
TRIPOLI = {"id": "loc:tripoli", "type": "LOC", "name": {"en": "Tripoli", "ar": "طرابلس"}}
LIBYA = {"id": "loc:libya", "type": "LOC", "name": {"en": "Libya", "ar": "ليبيا"}}
HAFTAR = {"id": "per:khalifa-haftar", "type": "PER", "name": {"en": "Khalifa Haftar"}}
GNA = {
    "id": "org:gna",
    "type": "ORG",
    "name": {"en": "Government of National Accord", "ar": "حكومة الوفاق الوطني"},
}


def en(r: dict) -> str | None:
    return r.get("name", {}).get("en")


def test_comma_qualifies_places_not_countries() -> None:
    assert en(gs.comma(MISRATA)) == "Misrata, Libya"
    assert gs.comma(LIBYA) == LIBYA
    assert gs.comma(GNA) == GNA


def test_geonames_romanises_from_the_arabic_letters() -> None:
    out = gs.geonames(MISRATA)
    # ص is an emphatic s, ة the ta marbuta written -ah
    assert en(out) == "Miṣratah"
    aliases = out["aliases"]["en"]
    assert "Misratah" in aliases  # the ASCII form
    assert any(any("\u0400" <= c <= "\u04ff" for c in a) for a in aliases)  # a Russian form
    assert en(gs.geonames(TRIPOLI)) == "Ṭripoli"  # ط
    assert gs.geonames(LIBYA) == LIBYA


def test_dot_emphatics_leaves_unpaired_letters() -> None:
    assert gs._dot_emphatics("Sabha", "سبها") == "Sabha"  # س and ه: no emphatic
    assert gs._dot_emphatics("Hassan", "حسن") == "Ḥassan"  # one s letter, two s: h only


def test_wikidata_lengthens_persons_and_bodies() -> None:
    per = en(gs.wikidata(HAFTAR))
    ranked = any(per == f"{rank} Khalifa Haftar" for rank in gs._RANKS)
    nasab = any(per == f"Khalifa {father} Haftar" for father in gs._FATHERS)
    assert ranked or nasab
    body = gs.wikidata(GNA)
    assert en(body) == "Government of National Accord of the State of Libya"
    assert body["aliases"]["en"] == ["GNA"]


def test_case_and_type_styles() -> None:
    assert en(gs.all_caps(GNA)) == "GOVERNMENT OF NATIONAL ACCORD"
    assert en(gs.lower_case(HAFTAR)) == "khalifa haftar"
    recs = [{"id": f"org:x{i}", "type": "ORG", "name": {"en": f"Body {i}"}} for i in range(200)]
    swapped = [r for r in gs.rewrite(recs, "retype") if r["type"] == "LOC"]
    assert 70 <= len(swapped) <= 130
    assert gs.retype(HAFTAR) == HAFTAR


def test_new_styles_load(tmp_path: Path) -> None:
    records = [MISRATA, TRIPOLI, LIBYA, HAFTAR, GNA]
    for style in ("comma", "geonames", "wikidata", "allcaps", "lower", "retype"):
        path = tmp_path / f"{style}.yaml"
        gs.write_records(gs.rewrite(records, style), path)
        assert len(load_gazetteers([path], defaults=False, use_cache=False)) == len(records)
