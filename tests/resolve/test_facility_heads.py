"""A name followed by a lower-case facility head ("Benina airport") is matched with the head:
the facility whose name holds it wins over the town it is named after."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:benina", "LOC", "Benina", "بنينا"),
    Record(
        "loc:benina-international-airport",
        "LOC",
        "Benina International Airport",
        "مطار بنينا الدولي",
    ),
    Record(
        "loc:mitiga-international-airport",
        "LOC",
        "Mitiga International Airport",
        "مطار معيتيقة الدولي",
    ),
    Record("loc:al-watiya-air-base", "LOC", "Al-Watiya Air Base", "قاعدة الوطية الجوية"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_town_name_before_airport_links_the_airport():
    assert _mentions("A plane landed at Benina airport on Sunday.") == [
        ("Benina airport", "loc:benina-international-airport")
    ]


def test_unlinked_names_link_with_their_head():
    found = _mentions("Strikes hit the Al-Wattia base and Maitika airport overnight.")
    assert found == [
        ("Al-Wattia base", "loc:al-watiya-air-base"),
        ("Maitika airport", "loc:mitiga-international-airport"),
    ]


def test_the_town_alone_still_links_the_town():
    assert _mentions("Residents of Benina said it was calm.") == [("Benina", "loc:benina")]


def test_a_head_the_facility_names_lack_does_not_link_it():
    # "port" is no word of the airport's names: no facility is reached through it
    assert ("Maitika", None) in _mentions("Ships left Maitika port overnight.")


def test_a_glued_head_links_the_facility_whose_name_writes_it_apart():
    # "airbase" is the name's "Air Base" glued: the head the facility's name holds
    assert _mentions("Troops withdrew to the Watiya airbase on Monday.") == [
        ("Watiya airbase", "loc:al-watiya-air-base")
    ]


def test_a_glued_head_whose_parts_the_names_lack_does_not_link():
    # "airbase" is "air" + "base": the airport's names hold neither
    assert ("Maitika", None) in _mentions("Jets flew from Maitika airbase overnight.")
