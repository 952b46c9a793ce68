"""An English demonym ends no French name's head (normx.detect.spans): "Libyan
reconstruction" is English prose, no "Conseil présidentiel"-like French name."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

FUND = Record(
    "org:reconstruction-fund",
    "ORG",
    "Reconstruction Fund of Sahla",
    "صندوق إعادة إعمار ليبيا",
)
COUNCIL = Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([FUND, COUNCIL]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_demonym_and_a_french_looking_word_make_no_name() -> None:
    got = _links("Builders take a larger share of Libyan reconstruction, which could grow.")
    assert not any(i == "org:reconstruction-fund" for _, i in got)


def test_a_french_name_after_its_head_still_reads() -> None:
    got = _links("Le Conseil présidentiel a annoncé la décision.")
    assert ("Conseil présidentiel", "org:presidential-council") in got
