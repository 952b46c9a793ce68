"""An embassy named by its country's abbreviation is the embassy, with the seat after "in"
(normx.resolve.country_embassy): "the U.S. Embassy", "the US Embassy in Libya"."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:us-embassy",
        "ORG",
        "Embassy of the United States, Tripoli",
        "سفارة الولايات المتحدة في طرابلس",
    ),
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:united-states", "LOC", "United States", "الولايات المتحدة"),
]


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_abbreviation_and_the_head() -> None:
    got = links(RECORDS, "The U.S. Embassy welcomed the deal on Thursday.")
    assert ("U.S. Embassy", "org:us-embassy") in got


def test_the_seat_is_inside_the_name() -> None:
    got = links(RECORDS, "The US Embassy in Libya said it was concerned.")
    assert ("US Embassy in Libya", "org:us-embassy") in got
    assert ("Libya", "loc:libya") not in got


def test_no_embassy_held() -> None:
    got = links(RECORDS[1:], "The US Embassy in Libya said it was concerned.")
    assert not any(i == "org:us-embassy" for _, i in got)
