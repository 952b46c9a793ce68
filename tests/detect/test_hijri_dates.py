"""Islamic-calendar months after a day number are dates (normx.detect.hijri_dates)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.detect.hijri_dates import uncapitalise_hijri_dates
from normx.detect.tokens import tokenize
from normx.gazetteer.schema import Record


def _caps(text: str) -> list[str]:
    return [t.text for t in uncapitalise_hijri_dates(text, tokenize(text)) if t.cap]


def test_a_month_after_a_day_number_is_no_name() -> None:
    assert "Shawwal" not in _caps("It happened on the 12th of Shawwal last year.")
    assert "Shawwal" not in _caps("It happened on 12 Shawwal last year.")


def test_the_same_word_as_a_given_name_keeps_its_capital() -> None:
    assert "Shawwal" in _caps("The commander Shawwal Omar spoke.")
    assert "Shawwal" in _caps("In 2012 Shawwal Omar spoke.")  # a year is no day


def test_the_village_of_the_months_name_is_not_linked_from_a_date() -> None:
    nz = Normalizer.from_records([Record("loc:shawwal", "LOC", "Shawwal", "شوال")])
    doc = nz.canonicalize("The vote came on the eve of the 12th of Shawwal.")
    assert [m.id for m in doc.mentions if m.id is not None] == []
    doc = nz.canonicalize("Fighting reached Shawwal on Monday.")
    assert [m.id for m in doc.mentions] == ["loc:shawwal"]
