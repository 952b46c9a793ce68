"""Numbers and dates in names read one way on both sides of a match (normx.text.numbers)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import normalize_name
from normx.text.numbers import canonical_numbers, ordinal_number


def test_dates_are_written_day_first_without_of_or_ordinal_ending() -> None:
    for name in ("June 11 Stadium", "11th of June Stadium", "11 June Stadium", "Jun. 11 Stadium"):
        assert normalize_name(name) == "11 june stadium"


def test_ordinal_endings_are_dropped() -> None:
    assert normalize_name("the 128th Brigade") == normalize_name("the 128 Brigade")
    assert ordinal_number("128th") == "128" and ordinal_number("444") == "444"
    assert ordinal_number("fourth") is None


def test_a_month_without_a_day_is_left_as_written() -> None:
    assert canonical_numbers("may stadium") == "may stadium"
    assert canonical_numbers("june 2011 events") == "june 2011 events"


RECORDS = [
    Record("org:128-brigade", "ORG", "128th Brigade", "اللواء 128"),
    Record("loc:11-june-stadium", "LOC", "11 June Stadium", "ملعب 11 حزيران"),
]


def test_a_number_that_differs_is_no_spelling_variant() -> None:
    nz = Normalizer.from_records(RECORDS)
    assert [c.id for c in nz.match("116th Brigade")] == []
    assert [c.id for c in nz.match("Brigade 128")] == ["org:128-brigade"]


def test_a_levantine_month_name_is_glossed() -> None:
    nz = Normalizer.from_records(
        [Record("loc:stadium", "LOC", "Al-Shuhada Stadium X", "ملعب 11 حزيران")]
    )
    assert [c.id for c in nz.match("11 June Stadium")][:1] == ["loc:stadium"]
