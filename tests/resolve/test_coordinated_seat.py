"""A place after "of" closing an unknown body's name whose "of" complement runs on after
"and" ("Supreme Council of Elders and Notables of Misrata") is the body's seat, not a mention
of the place; two bodies joined by "and", each with its own head, are two names."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_seat_after_a_coordinated_complement_is_no_mention():
    text = "He met the Supreme Council of Elders and Notables of Misrata in Tripoli."
    assert _mentions(text) == [
        ("Supreme Council of Elders and Notables of Misrata", None),
        ("Tripoli", "loc:tripoli"),
    ]


def test_places_coordinated_after_of_stay_linked():
    found = _mentions("Fighting reached the outskirts of Tripoli and Misrata on Monday.")
    assert ("Misrata", "loc:misrata") in found
    assert ("Tripoli", "loc:tripoli") in found
