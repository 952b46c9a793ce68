"""A place written before the noun of a facility named after it ("the Khoms power station",
"the Sabratha port") is that facility, no mention of the town; the town alone, a noun the
list leaves out ("refinery") and a facility the gazetteer holds keep their links.

Hand-written gazetteer: towns of the Libyan coast and one port held under its own name, none
spelled as the article sets write them.
"""

from __future__ import annotations

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.place_named_facility import head_after

RECORDS = [
    Record("loc:khoms", "LOC", "Khoms", "الخمس"),
    Record("loc:sabratha", "LOC", "Sabratha", "صبراتة"),
    Record("loc:ghadames", "LOC", "Ghadames", "غدامس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:port-of-misrata", "LOC", "Port of Misrata", "ميناء مصراتة"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Engineers at the Khoms power station said two units were down.", "Khoms"),
        ("A drone hit a boat at the Sabratha port on Monday night.", "Sabratha"),
        ("The delegates met in the Ghadames conference centre for two days.", "Ghadames"),
    ],
)
def test_place_before_its_facility_noun_is_unlinked(nz: Normalizer, text: str, place: str) -> None:
    found = link_map(nz, text)
    assert found.get(place) is None


def test_the_town_alone_keeps_its_link(nz: Normalizer) -> None:
    found = link_map(nz, "Engineers from Khoms said the grid failed again in Sabratha.")
    assert found.get("Khoms") == "loc:khoms"
    assert found.get("Sabratha") == "loc:sabratha"


def test_a_noun_the_list_leaves_out_keeps_the_town(nz: Normalizer) -> None:
    found = link_map(nz, "Workers at the Khoms refinery went on strike.")
    assert found.get("Khoms") == "loc:khoms"


def test_a_port_the_gazetteer_holds_is_linked(nz: Normalizer) -> None:
    found = link_map(nz, "Two ships were unloaded at the Misrata port on Sunday.")
    assert found == {"Misrata port": "loc:port-of-misrata"}


def test_head_after_reads_the_longest_noun() -> None:
    text = "the Khoms power station and the Khoms power cut"
    assert head_after(text, len("the Khoms")) == ("power", "station")
    assert head_after(text, text.rindex(" power cut")) is None
    assert head_after("the Sabratha port.", len("the Sabratha")) == ("port",)
    assert head_after("the Sabratha Port Authority", len("the Sabratha")) is None
