"""A lone word tied between places of one Arabic name goes to the one English names by the
word alone ("Al-Khums": Khoms, not "Qabilat al Khums")."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TOWN = Record("loc:khoms", "LOC", "Khoms", "الخمس")
LOCALITY = Record("loc:qabilat-al-khums", "LOC", "Qabilat al Khums", "الخمس")
TEXT = "The migrants were landed at the port of Al-Khums on Tuesday."


def _khums(records: list[Record]) -> str | None:
    doc = Normalizer.from_records(records).canonicalize(TEXT)
    found = [m for m in doc.mentions if "Khums" in m.text]
    return found[0].id if found else None


def test_the_place_english_names_bare():
    assert _khums([TOWN, LOCALITY]) == "loc:khoms"


def test_places_of_different_arabic_names_keep_the_tie_rules():
    other = Record("loc:qabilat-al-khums", "LOC", "Qabilat al Khums", "قبيلة الخمس")
    assert _khums([TOWN, other]) != "loc:qabilat-al-khums"
