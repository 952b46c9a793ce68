"""A name that a noun of settlement follows ("the Al-Dahra area") is no mention of the facility
named after it (Dahra Airport); with the facility's head, or with no noun after it, the
facility stays."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.facility_unsaid import settlement_not_facility

RECORDS = [
    Record("loc:dahra-airport", "LOC", "Dahra Airport", "مطار الظهرة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]
FACILITY = frozenset({"airport", "airbase", "port", "base", "station"})


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_settlement_noun_after_the_name() -> None:
    cand = Candidate("loc:x", "Dahra Airport", "LOC", 0.78, "Dahra Airport", "phonetic")
    text = "in the Dahra area of Tripoli"
    end = text.index(" area")
    assert settlement_not_facility(text, end, cand, ["dahra"], FACILITY)
    assert not settlement_not_facility(text, end, cand, ["dahra", "airport"], FACILITY)
    other = "in the Dahra building"
    assert not settlement_not_facility(other, other.index(" building"), cand, ["dahra"], FACILITY)
    town = Candidate("loc:y", "Dahra", "LOC", 0.9, "Dahra", "phonetic")
    assert not settlement_not_facility(text, end, town, ["dahra"], FACILITY)


def test_the_district_is_no_airport(nz: Normalizer) -> None:
    found = _links(nz, "Gunmen surrounded a building in the Al-Dahra area of Tripoli on Monday.")
    assert ("Al-Dahra", "loc:dahra-airport") not in found
    assert ("Tripoli", "loc:tripoli") in found


def test_the_airport_named_with_its_head_stays(nz: Normalizer) -> None:
    found = _links(nz, "Flights resumed at Dahra airport on Monday.")
    assert [eid for _, eid in found] == ["loc:dahra-airport"]
