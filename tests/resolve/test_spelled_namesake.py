"""A bare family name shared by namesakes whose records spell it differently
(normx.resolve.spelled_namesake): the text's spelling picks neither; the document's own
links do."""

from pathlib import Path

from normx.api import Normalizer
from normx.gazetteer.loader import load_gazetteers
from normx.gazetteer.schema import Record

GAZETTEER = Path(__file__).with_name("spelled_namesake.yaml")


def _records(*ids: str) -> list[Record]:
    return [
        r
        for r in load_gazetteers([GAZETTEER], defaults=False, use_cache=False).records
        if r.id in ids
    ]


def _bare(records: list[Record], text: str) -> tuple[str | None, dict]:
    doc = Normalizer.from_records(records).canonicalize(text)
    (m,) = [m for m in doc.mentions if m.text == "Mangoush"]
    return m.id, m.evidence


TEXT = "The statement criticised Mangoush for the delay."


def test_one_namesake_alone_is_linked():
    assert _bare(_records("per:youssef-al-mangoush"), TEXT)[0] == "per:youssef-al-mangoush"


def test_a_namesake_spelled_otherwise_leaves_the_name_unlinked():
    found, evidence = _bare(_records("per:youssef-al-mangoush", "per:najla-mangoush"), TEXT)
    assert found is None
    assert set(evidence["spelled_namesakes"]) == {"per:youssef-al-mangoush", "per:najla-mangoush"}


def test_another_arabic_family_name_is_no_namesake():
    found, _ = _bare(_records("per:youssef-al-mangoush", "per:omar-mankoush"), TEXT)
    assert found == "per:youssef-al-mangoush"


def test_a_namesake_without_arabic_names_is_not_counted():
    found, _ = _bare(_records("per:youssef-al-mangoush", "per:no-arabic-mangush"), TEXT)
    assert found == "per:youssef-al-mangoush"


def test_the_namesake_the_document_names_is_meant():
    records = _records("per:youssef-al-mangoush", "per:najla-mangoush")
    text = "Foreign Minister Najla Manqoush spoke. " + TEXT
    assert _bare(records, text)[0] == "per:najla-mangoush"
