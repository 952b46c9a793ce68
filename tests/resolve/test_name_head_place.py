"""A word only like a village, in one run with an article-led word that links to another
village, opens an unknown person's name (normx.resolve.name_head_place)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:hanna", "LOC", "Hanna", "حنة"),
    Record("loc:fituri", "LOC", "Fituri", "الفيتوري"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]


def _links(text: str) -> dict[str, str | None]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return {m.text: m.id for m in doc.mentions}


def test_a_given_name_and_a_family_name_are_no_two_villages():
    links = _links('"We wait," said Hana al-Fituri, a pharmacist from Misrata.')
    assert links.get("Hana") is None
    assert links.get("al-Fituri") is None
    assert links.get("Misrata") == "loc:misrata"


def test_villages_set_apart_keep_their_links():
    links = _links("Fighting reached Hana and al-Fituri, east of Misrata.")
    assert links.get("al-Fituri") == "loc:fituri"
