"""A body named with its country's official long name is one mention of that body
(normx.resolve.official_country): "the Embassy of the Arab Republic of Egypt in Tripoli"."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# hand-written: an embassy under the country's short name, the countries, and another
# republic the document may name (coreference must not take "Arab Republic" to it)
RECORDS = [
    Record(
        "org:embassy-of-egypt-tripoli", "ORG", "Embassy of Egypt, Tripoli", "سفارة مصر في طرابلس"
    ),
    Record(
        "org:embassy-of-italy-tripoli",
        "ORG",
        "Embassy of Italy, Tripoli",
        "سفارة إيطاليا في طرابلس",
    ),
    Record("loc:egypt", "LOC", "Egypt", "مصر"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:france", "LOC", "France", "فرنسا"),
    Record("loc:morocco", "LOC", "Morocco", "المغرب"),
]


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_long_name_with_its_seat_is_the_embassy() -> None:
    got = links(
        RECORDS,
        "The Embassy of the Arab Republic of Egypt in Tripoli resumed its work on Sunday. "
        "France reopened its own in 2021.",
    )
    name = "Embassy of the Arab Republic of Egypt in Tripoli"
    assert (name, "org:embassy-of-egypt-tripoli") in got
    said = [t for t, _ in got]
    assert "Arab Republic" not in said  # no second mention, and no coreference to France
    assert "Egypt" not in said and "Tripoli" not in said


def test_without_a_seat_the_country_alone_decides() -> None:
    records = [
        Record(
            "org:central-bank-of-tunisia", "ORG", "Central Bank of Tunisia", "البنك المركزي التونسي"
        ),
        Record("org:central-bank-of-libya", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
        Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
        *RECORDS[2:],
    ]
    got = links(
        records, "Officials of the Central Bank of the Republic of Tunisia arrived on Monday."
    )
    assert ("Central Bank of the Republic of Tunisia", "org:central-bank-of-tunisia") in got
    assert ("Tunisia", "loc:tunisia") not in got


def test_no_body_held_leaves_the_country_linked() -> None:
    got = links(
        RECORDS[2:], "The Embassy of the Arab Republic of Egypt in Tripoli resumed its work."
    )
    assert ("Egypt", "loc:egypt") in got
    assert not any(i is not None and i.startswith("org:") for _, i in got)
