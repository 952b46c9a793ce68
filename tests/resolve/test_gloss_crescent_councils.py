"""Gloss lexicon words machine translation uses for Libyan names: "Crescent" (الهلال: the Oil
Crescent, "Petroleum Crescent") and the broken plural "Councils" (مجالس), which no plural "s"
rule reaches from "council" (مجلس)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:oil-crescent", "LOC", "Oil Crescent", "الهلال النفطي"),
    Record(
        "org:ccmce",
        "ORG",
        "Central Committee for Municipal Council Elections",
        "اللجنة المركزية لانتخابات المجالس البلدية",
    ),
]


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_crescent():
    assert _links("Guards closed the ports of the Petroleum Crescent on Monday.") == [
        ("Petroleum Crescent", "loc:oil-crescent")
    ]


def test_councils():
    text = (
        "It took the file over from the Central Committee for the Elections of the "
        "Municipal Councils."
    )
    assert [link for _, link in _links(text)] == ["org:ccmce"]
