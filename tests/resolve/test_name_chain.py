"""A bare family name after a son written with his father's given name in the chain ("Saddam
Khalifa Hafter") is the father the document named before him, not the most recent namesake."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

FATHER = Record("per:khalifa-haftar", "PER", "Khalifa Haftar", "خليفة حفتر")
SON = Record("per:saddam-haftar", "PER", "Saddam Haftar", "صدام حفتر")


def _last_hafter(text: str) -> str | None:
    doc = Normalizer.from_records([FATHER, SON]).canonicalize(text)
    found = [m for m in doc.mentions if m.text == "Hafter"]
    return found[-1].id


def test_the_surname_after_a_chained_son_is_the_father():
    text = (
        "The minister met Field Marshal Khalifa Hafter in Benghazi on Sunday.\n\n"
        "The meeting was attended by the deputy commander Saddam Khalifa Hafter.\n\n"
        "Observers see that Hafter uses the file of the migration."
    )
    assert _last_hafter(text) == "per:khalifa-haftar"


def test_a_son_written_without_the_chain_keeps_the_nearest_rule():
    text = (
        "The minister met Field Marshal Khalifa Hafter in Benghazi on Sunday.\n\n"
        "The meeting was attended by the deputy commander Saddam Hafter.\n\n"
        "Observers see that Hafter uses the file of the migration."
    )
    assert _last_hafter(text) == "per:saddam-haftar"
