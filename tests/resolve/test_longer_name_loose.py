"""A lone word linked to a person only by likeness, with a village named by the next word in
the same run, is one unknown man's name ("Ibrahim Adam"), not a person and a place."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

KUNI = Record("per:osama-al-kuni-ibrahim", "PER", "Osama Al Kuni Ibrahim", "أسامة الكوني إبراهيم")
VILLAGE = Record("loc:al-adam", "LOC", "Al Adam", "الآدم")
TEXT = '"I saw my friends die," recalled Ibrahim Adam, a 31-year-old Sudanese.'


def test_the_run_is_one_unknown_name():
    doc = Normalizer.from_records([KUNI, VILLAGE]).canonicalize(TEXT)
    assert [(m.text, m.id) for m in doc.mentions if "Adam" in m.text] == [("Ibrahim Adam", None)]
