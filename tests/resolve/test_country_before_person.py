"""A country's name right before a person's name is the country, not his given name
(normx.resolve.country_before_person)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

EGYPT = Record("loc:egypt", "LOC", "Egypt", aliases_en=("Egypte",))
ZAIDAN = Record("per:zaidan", "PER", "Karim Zaidan")
AHMED = Record("loc:ahmed", "LOC", "Ahmed")  # a village named after a given name
BARKA = Record("per:barka", "PER", "Mohammed Barka")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_french_country_name_before_a_person_stays_the_country():
    got = links([EGYPT, ZAIDAN], "He is the son of the late leader of Egypte Karim Zaidan.")
    assert ("Egypte", "loc:egypt") in got
    assert ("Karim Zaidan", "per:zaidan") in got


def test_an_english_country_name_before_a_person_stays_the_country():
    got = links([EGYPT, ZAIDAN], "He is the son of the late leader of Egypt Karim Zaidan.")
    assert ("Egypt", "loc:egypt") in got
    assert ("Karim Zaidan", "per:zaidan") in got


def test_a_village_named_as_a_given_name_is_still_read_as_his_given_name():
    got = links([AHMED, BARKA], "The court heard Ahmed Mohammed Barka on Monday.")
    assert ("Ahmed", "loc:ahmed") not in got


CITY = Record("loc:izmir", "LOC", "Izmir", "إزمير")
SON = Record("per:khalid-barka", "PER", "Khalid Barka")


def test_a_city_after_in_before_a_person_is_the_city():
    # "received in Izmir Khalid Barka": a given name follows no preposition of place
    got = links([CITY, SON], "The president received in Izmir Khalid Barka, son of the marshal.")
    assert ("Izmir", "loc:izmir") in got
    assert ("Khalid Barka", "per:khalid-barka") in got


def test_a_village_after_heard_is_still_his_given_name():
    got = links([AHMED, BARKA], "The court in Derna heard Ahmed Mohammed Barka on Monday.")
    assert ("Ahmed", "loc:ahmed") not in got
