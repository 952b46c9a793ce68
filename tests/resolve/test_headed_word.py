"""A lone word the document writes beside a head of a name ("the air base of X", "operation
"X"", "the X operation") is that facility or body, not a village spelled nearly alike; the
same word written alone elsewhere keeps its own reading (normx.resolve.headed_word)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a base named by one word, and a village a letter or two away, as a large gazetteer holds
BASE = Record("loc:kharuba-air-base", "LOC", "Al-Kharuba Air Base", "قاعدة الخروبة الجوية")
VILLAGE = Record("loc:kharba", "LOC", "Al Kharba", "الخربة")
MISSION = Record("org:operation-sophia", "ORG", "Operation Sophia", "عملية صوفيا")
HAMLET = Record("loc:sofiya", "LOC", "Sofiya", "صوفية")


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def _ids(records: list[Record], text: str, word: str) -> list[str | None]:
    return [i for t, i in _links(records, text) if t == word]


def test_the_base_of_the_word_is_the_base_not_the_lookalike_village() -> None:
    text = "The government forces took control of the air base of Al-Kharuba on Monday."
    assert _ids([BASE, VILLAGE], text, "Al-Kharuba") == ["loc:kharuba-air-base"]


def test_the_word_alone_elsewhere_keeps_its_own_reading() -> None:
    # the facility is named after the place: the bare word may be the place (articles-v5)
    text = (
        "The government forces took control of the air base of Al-Kharuba on Monday.\n\n"
        "The spokesman admitted the withdrawal from Al-Kharuba and called it a redeployment."
    )
    ids = _ids([BASE, VILLAGE], text, "Al-Kharuba")
    assert ids[0] == "loc:kharuba-air-base"
    assert ids[1] != "loc:kharuba-air-base"


def test_without_a_head_the_word_keeps_its_reading() -> None:
    text = "The spokesman admitted the withdrawal from Al-Kharuba and called it a redeployment."
    assert _ids([BASE, VILLAGE], text, "Al-Kharuba") != ["loc:kharuba-air-base"]


def test_a_head_in_quotes_before_the_word() -> None:
    text = 'The embargo, which the operation "Sofia" monitors at sea, was renewed on Monday.'
    assert _ids([MISSION, HAMLET], text, "Sofia") == ["org:operation-sophia"]


def test_a_head_noun_after_the_word() -> None:
    text = "The drones struck the Al-Kharuba base on Monday."
    found = [i for t, i in _links([BASE, VILLAGE], text) if t.startswith("Al-Kharuba")]
    assert found == ["loc:kharuba-air-base"]


def test_a_town_beside_the_head_of_its_namesake_facility_stays_the_town() -> None:
    # "the airport of Kofrat": the word is no closer to the airport's name than to the town's
    town = Record("loc:kufrat", "LOC", "Kufrat", "كفرات")
    airport = Record("loc:kufrat-airport", "LOC", "Kufrat Airport", "مطار كفرات")
    text = "The aid plane landed at the airport of Kofrat on Monday."
    assert _ids([town, airport], text, "Kofrat") == ["loc:kufrat"]


def test_the_airport_of_a_word_is_the_airport_not_the_stadium_named_before() -> None:
    # coreference reads "Kharuba" as the stadium whose name holds it; the head says airport
    stadium = Record(
        "loc:kharuba-stadium", "LOC", "Martyrs of Kharuba Stadium", "ملعب شهداء الخروبة"
    )
    airport = Record(
        "loc:kharuba-airport", "LOC", "Kharuba International Airport", "مطار الخروبة الدولي"
    )
    text = (
        "The general opened the Martyrs of Kharuba Stadium on Friday. The new road links the "
        "port with the airport of Kharuba."
    )
    assert _ids([stadium, airport], text, "Kharuba") == ["loc:kharuba-airport"]
