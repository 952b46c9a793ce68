"""A prison named after its place: "<name> prison" is no mention of the place, and once a text
has said "the Mitiga prison", a bare "Mitiga" is the prison, not the airport the bare word
reaches by its one distinctive word; a sentence that writes the airport's head keeps it."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "loc:mitiga-international-airport",
        "LOC",
        "Mitiga International Airport",
        "مطار معيتيقة الدولي",
    ),
    Record("loc:ain-zara", "LOC", "Ain Zara", "عين زارة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:abu-salim-prison", "LOC", "Abu Salim Prison", "سجن أبو سليم"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_place_before_prison_is_the_prison(nz: Normalizer) -> None:
    found = _links(nz, "Deaths in custody were recorded in the Ain Zara prison in Tripoli.")
    assert ("Ain Zara", "loc:ain-zara") not in found
    assert ("Tripoli", "loc:tripoli") in found


def test_the_place_alone_stays(nz: Normalizer) -> None:
    found = _links(nz, "Clashes broke out in Ain Zara on Monday.")
    assert ("Ain Zara", "loc:ain-zara") in found


def test_a_prison_the_gazetteer_holds_stays(nz: Normalizer) -> None:
    found = _links(nz, "He was held in the Abu Salim Prison for years.")
    assert ("Abu Salim Prison", "loc:abu-salim-prison") in found


def test_bare_name_after_the_prison_is_the_prison(nz: Normalizer) -> None:
    text = (
        "Rada runs the Mitiga prison in the capital. Families say hundreds are held at Mitiga "
        "without charge. Another Mitiga official was arrested in Turin."
    )
    found = _links(nz, text)
    assert not any(eid == "loc:mitiga-international-airport" for _, eid in found)


def test_the_airport_in_a_sentence_that_says_so(nz: Normalizer) -> None:
    text = "Rada runs the Mitiga prison. The airport at Mitiga reopened on Monday."
    found = _links(nz, text)
    assert ("Mitiga", "loc:mitiga-international-airport") in found


def test_without_a_prison_the_bare_name_is_the_airport(nz: Normalizer) -> None:
    found = _links(nz, "Flights were suspended at Mitiga after shelling on Monday.")
    assert ("Mitiga", "loc:mitiga-international-airport") in found


def test_a_village_nearer_the_prison_s_word_does_not_hide_the_airport() -> None:
    """Among many places the word before "prison" meets a village spelled nearer than the
    airbase (Maiteeq, معيتيق): the airbase it also reaches is still the prison's namesake,
    and the bare "Mitiga" after it is the prison."""
    airport = Record("loc:mitiga", "LOC", "Mitiga International Airport", "مطار معيتيقة")
    village = Record("loc:maiteeq", "LOC", "Maiteeq", "معيتيق")
    nz = Normalizer.from_records([airport, village])
    assert nz.match("Maitika", top=1)[0].id == "loc:maiteeq"
    found = _links(
        nz, "Rada runs the Maitika prison in the capital. Families say hundreds are held at Mitiga."
    )
    assert ("Mitiga", "loc:mitiga") not in found
    assert ("Mitiga", "loc:mitiga") in _links(nz, "Flights were suspended at Mitiga on Monday.")
