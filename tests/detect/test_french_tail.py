"""A French name's lower-case last word spelled like an English stop word stays in the name
(normx.detect.french_tail): "Fonds monétaire international" is the IMF, not a "Fonds monétaire"
that two monetary funds tie on."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:imf", "ORG", "International Monetary Fund", "صندوق النقد الدولي"),
    Record("org:amf", "ORG", "Arab Monetary Fund", "صندوق النقد العربي"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_french_name_keeps_its_last_word() -> None:
    got = links("He flew to the meetings of the Fonds monétaire international this week.")
    assert ("Fonds monétaire international", "org:imf") in got


def test_an_english_stop_word_after_an_english_name_is_still_cut() -> None:
    got = links("The Arab Monetary Fund and the international community met.")
    assert ("Arab Monetary Fund", "org:amf") in got
    assert not any("international" in t for t, _ in got)
