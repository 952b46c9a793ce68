"""Importers on small hand-made inputs, and on the real shared data where it is present."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from normx.curate import airports, ofac, osm_places, sanctions, territory, un_sanctions


def test_osm_record_classifies_names_by_script() -> None:
    rec = osm_places.place_record(
        {
            "id": 1,
            "tags": {
                "place": "village",
                "name": "Kambot كمبوت",
                "name:fr": "Kamboute",
                "name:ru": "Камбут",
                "alt_name": "Kambout;كمبوط",
                "wikidata": "Q1",
            },
        }
    )
    assert rec is not None
    assert rec["id"] == "loc:kambot"
    assert rec["name"] == {"en": "Kambot", "ar": "كمبوت"}
    assert rec["aliases"] == {"en": ["Kambout", "Kamboute"], "ar": ["كمبوط"]}
    assert rec["xref"] == {"osm": "node/1", "wikidata": "Q1"}
    assert "ODbL" in rec["source"]


def test_osm_record_uses_reference_english_name_and_keeps_osm_form() -> None:
    rec = osm_places.place_record(
        {"id": 288493021, "tags": {"place": "city", "name": "درنة", "name:en": "Darnah"}}
    )
    assert rec is not None
    assert rec["id"] == "loc:derna"
    assert rec["name"] == {"en": "Derna", "ar": "درنة"}
    assert rec["aliases"]["en"] == ["Darnah"]


def test_osm_record_without_usable_name_is_skipped() -> None:
    assert osm_places.place_record({"id": 2, "tags": {"place": "hamlet", "name": "Гат"}}) is None
    rec = osm_places.place_record({"id": 3, "tags": {"place": "hamlet", "name": "التضامن"}})
    assert rec is not None and rec["id"] == "loc:osm-3" and "en" not in rec["name"]


def test_ofac_name_and_slice() -> None:
    assert ofac.ofac_name("AL-SENUSSI, Abdullah") == "Abdullah al-Senussi"
    assert ofac.ofac_name("QADHAFI, Saif al-Islam") == "Saif al-Islam Qadhafi"
    assert ofac.ofac_name("PETROPLUS LTD") == "Petroplus Ltd"
    assert ofac.is_libyan("LIBYA3", "")
    assert ofac.is_libyan("SDGT", "DOB 1966; POB Tripoli, Libya.")
    assert not ofac.is_libyan("DPRK2", "representative in Libya.")


def test_un_alias_values_are_split_and_cleaned() -> None:
    lat, ara = un_sanctions._alias_names("Akrin Saleh Akrin (أقرين صالح أقرين)")
    assert (lat, ara) == (["Akrin Saleh Akrin"], ["أقرين صالح أقرين"])
    lat, _ = un_sanctions._alias_names("Safia Al-Hadad, born 1 Jan. 1953 (Oman passport no.1)")
    assert lat == ["Safia Al-Hadad"]
    assert un_sanctions._alias_names("The Doctor") == ([], [])


def test_airport_record_applies_curated_names() -> None:
    row = {"icao": "HLGD", "iata": "SRX", "name": "Gardabya Airport", "city": "Sirt"}
    rec = airports.airport_record(row)
    assert rec["id"] == "loc:ghardabiya-air-base"
    assert rec["name"]["ar"] == "قاعدة القرضابية الجوية"
    assert "Gardabya Airport" in rec["aliases"]["en"]
    assert rec["xref"] == {"iata": "SRX", "icao": "HLGD"}


def test_sanctions_merge_one_person_on_both_lists() -> None:
    un = [{"id": "per:x", "type": "PER", "name": {"en": "MUAMMAR X"}, "xref": {"un": "LYi.013"}}]
    of = [
        {
            "id": "per:y",
            "type": "PER",
            "name": {"en": "Muammar Qadhafi"},
            "xref": {"ofac": "12606"},
        },
        {"id": "per:z", "type": "PER", "name": {"en": "Other Person"}, "xref": {"ofac": "1"}},
    ]
    merged_un, only_ofac = sanctions.merged(un, of)
    assert [r["id"] for r in merged_un] == ["per:muammar-gaddafi"]
    rec = merged_un[0]
    assert rec["name"] == {"en": "Muammar Gaddafi", "ar": "معمر القذافي", "fr": "Mouammar Kadhafi"}
    assert rec["xref"] == {"ofac": "12606", "un": "LYi.013", "wikidata": "Q19878"}
    assert {"MUAMMAR X", "Muammar Qadhafi"} <= set(rec["aliases"]["en"])
    assert [r["id"] for r in only_ofac] == ["per:z"]


def test_real_sources_import(shared_data: Path) -> None:
    places = osm_places.records(shared_data)
    assert len(places) > 800
    assert len({r["id"] for r in places}) == len(places)
    assert len(airports.records(shared_data)) == 47
    un = sanctions.persons_un(shared_data)
    assert len(un) == 27 and all(r["xref"]["un"].startswith("LYi.") for r in un)
    assert sum("ofac" in r["xref"] for r in un) == len(sanctions.UN_OFAC)
    ofac_only = sanctions.persons_ofac(shared_data)
    assert not {r["xref"]["ofac"] for r in ofac_only} & set(sanctions.UN_OFAC.values())
    (libya,) = territory.records(shared_data)
    assert libya["name"] == {"en": "Libya", "ar": "ليبيا"}
    assert "Libyan" not in libya["aliases"]["en"]


@pytest.mark.parametrize("value", ["", "   ", "\u200f", "🙂", "123"])
def test_name_helpers_accept_junk(value: str) -> None:
    from normx.curate import names

    names.split_scripts(value)
    names.fix_case(value)
    names.slugify(value)
    assert not names.is_arabic(value) or value.strip()


def _osm_dir(tmp_path: Path, elements: list[dict]) -> Path:
    path = tmp_path / osm_places.RELATIVE_PATH
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"elements": elements}), encoding="utf-8")
    return tmp_path


def _node(node: int, lat: float, place: str, **tags: str) -> dict:
    return {"type": "node", "id": node, "lat": lat, "lon": 13.0, "tags": {"place": place, **tags}}


def test_osm_same_place_mapped_twice_is_folded_distant_namesakes_kept(tmp_path: Path) -> None:
    data = _osm_dir(
        tmp_path,
        [
            _node(10, 32.00, "village", **{"name": "مرتوبة", "name:en": "Martubah"}),
            _node(11, 32.01, "town", **{"name": "مرتوبه", "name:en": "Martuba"}),  # ~1 km
            _node(12, 30.00, "village", **{"name": "مرتوبة", "name:en": "Martubah"}),  # ~220 km
            _node(13, 31.00, "village", **{"name": "قرية", "name:en": "Village"}),  # generic
        ],
    )
    recs = osm_places.records(data)
    assert [r["id"] for r in recs] == ["loc:martuba", "loc:martubah"]
    town = recs[0]
    assert "Martubah" in town["aliases"]["en"]
    assert "node 10" in town["source"] and "node 11" in town["source"]
