"""A facility's name after a place a loaded record holds is inherited all the same ("<place>
Air Base"): the kind words lend no other record's mentions (normx.gazetteer.facility_names);
other longer forms still are not."""

from __future__ import annotations

from normx.gazetteer.facility_names import is_facility_name
from normx.gazetteer.inherit import plan_inheritance
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name

BASE = Record(
    "loc:kharuba-air-base",
    "LOC",
    "Al-Kharuba Air Base",
    "قاعدة الخروبة الجوية",
    aliases_en=("Sidi Rahal Air Base", "Sidi Rahal Camp Council"),
    source="curated: hand-written",
)
# a village named as the place the base is officially named after
VILLAGE = Record("loc:sidi-rahal", "LOC", "Sidi Rahal", "سيدي رحال")


def inherited(users: list[Record], shipped: list[Record]) -> set[tuple[str, str]]:
    inh = plan_inheritance(users, shipped, normalize_name, shipped_loaded=False)
    return {(n.record_id, n.text) for n in inh.names}


def test_the_facilitys_name_after_a_held_place_is_inherited() -> None:
    user = Record("loc:kharuba-air-base", "LOC", "Al-Kharuba Air Base")
    got = inherited([user, VILLAGE], [BASE])
    assert ("loc:kharuba-air-base", "Sidi Rahal Air Base") in got


def test_another_longer_form_of_the_held_place_is_still_refused() -> None:
    user = Record("loc:kharuba-air-base", "LOC", "Al-Kharuba Air Base")
    got = inherited([user, VILLAGE], [BASE])
    assert ("loc:kharuba-air-base", "Sidi Rahal Camp Council") not in got


def test_is_facility_name_reads_the_shape() -> None:
    assert is_facility_name("uqba nafi air base")
    assert is_facility_name("benina international airport")
    assert is_facility_name("misrata port")
    assert not is_facility_name("air base")
    assert not is_facility_name("base camp")
    assert not is_facility_name("islamic state iraq syria")
