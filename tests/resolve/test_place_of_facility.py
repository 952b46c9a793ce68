"""A place followed by a lower-case body head noun its names lack: when the words with the
head name nothing in the gazetteer ("the Tarhuna hospital", "a Tripoli court") the place is
the place; when they come close to a facility without naming it cleanly, the place is not
linked; a facility the gazetteer holds under that head links ("Jufra base"), and a unit head
("Misrata forces") keeps the place."""

from __future__ import annotations

import pytest
from link_pairs import link_map as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:tarhuna", "LOC", "Tarhuna", "ترهونة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:jufra", "LOC", "Al Jufrah", "الجفرة"),
    Record("loc:jufra-base", "LOC", "Al Jufra Air Base", "قاعدة الجفرة الجوية"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("The teams received 106 bodies from the Tarhuna hospital.", "Tarhuna", "loc:tarhuna"),
        ("Turkey helped the Tripoli government turn back the offensive.", "Tripoli", "loc:tripoli"),
        ("A Tripoli court sentenced him on Monday.", "Tripoli", "loc:tripoli"),
    ],
)
def test_a_place_before_a_head_that_names_nothing_is_the_place(
    nz: Normalizer, text: str, name: str, place: str
) -> None:
    # the words with the head match no record: the place is named as such, as annotators
    # mark it ("a Tripoli court": Tripoli), not dropped
    assert _links(nz, text).get(name) == place


def test_a_place_before_a_head_that_half_names_a_facility_is_not_the_place(
    nz: Normalizer,
) -> None:
    # "Jufra airbase" is close to the Al Jufra Air Base without naming it cleanly: not the town
    links = _links(nz, "A police force would secure the area up to the Jufra airbase.")
    assert "loc:jufra" not in links.values()


def test_a_facility_the_gazetteer_holds_under_that_head_links(nz: Normalizer) -> None:
    links = _links(nz, "Mercenaries withdrew from the Jufra base to Sirte.")
    assert links.get("Jufra base") == "loc:jufra-base"


def test_a_unit_head_keeps_the_place(nz: Normalizer) -> None:
    assert _links(nz, "Misrata forces entered Sirte.").get("Misrata") == "loc:misrata"


def test_the_place_alone_still_links(nz: Normalizer) -> None:
    links = _links(nz, "The hospital in Tarhuna received the bodies.")
    assert links.get("Tarhuna") == "loc:tarhuna"


def test_a_body_the_words_with_the_head_name_still_links(nz: Normalizer) -> None:
    # the Tobruk parliament: مجلس النواب glossed, a clean match of a body (as before)
    links = _links(nz, "The Tobruk parliament rejected the memorandum.")
    assert links.get("Tobruk parliament") == "org:hor"
