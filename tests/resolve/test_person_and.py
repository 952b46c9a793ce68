"""A lone family name joined by "and" to a person is the person bearing it, not the village
spelled like it (normx.resolve.person_and)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a minister, a president, and a village named after the minister's family; hand-written
MINISTER = Record("per:salem-al-gatrani", "PER", "Salem al-Gatrani", "سالم القطراني")
PRESIDENT = Record("per:omar-baruni", "PER", "Omar Baruni", "عمر الباروني")
VILLAGE = Record("loc:algatrani", "LOC", "Algatrani", "القطراني")
TOWN = Record("loc:wadi-marsit", "LOC", "Wadi Marsit", "وادي مرسيط")
RECORDS = [MINISTER, PRESIDENT, VILLAGE, TOWN]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_beside_a_person_the_name_is_a_person() -> None:
    got = links("The accord signed by President Omar Baruni and Al-Gatrani in May holds.")
    assert ("Al-Gatrani", "per:salem-al-gatrani") in got


def test_a_place_beside_a_person_stays_a_place() -> None:
    got = links("The accord signed by President Omar Baruni and Wadi Marsit in May holds.")
    assert ("Wadi Marsit", "loc:wadi-marsit") in got


def test_alone_the_exact_place_stands() -> None:
    got = links("Fighting was reported in Al-Gatrani on Monday.")
    assert ("Al-Gatrani", "loc:algatrani") in got


def test_a_place_the_document_names_otherwise_is_the_place() -> None:
    text = (
        "Residents of the village of Algatrani fled. "
        "President Omar Baruni and Al-Gatrani visited on Monday."
    )
    got = links(text)
    assert ("Al-Gatrani", "loc:algatrani") in got
