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


def test_a_two_word_month_is_no_name_without_a_day_number() -> None:
    caps = _caps("The flight leaves in the month of Dhu al-Qadah, then in Dhu al-Qa'dah again.")
    assert not {"Dhu", "Qadah", "Qa"} & set(caps)
    assert not {"Rabi", "Awwal"} & set(_caps("The feast of Rabi al-Awwal came."))
    assert "Rabi" in _caps("The preacher Rabi Ali spoke.")  # the first word alone is a name


def test_the_two_word_month_does_not_reach_a_lookalike_body() -> None:
    nz = Normalizer.from_records([Record("org:al-qaida-north", "ORG", "Al-Qaida North", "القاعدة")])
    doc = nz.canonicalize("The first flight leaves on the 25th of the month of Dhu al-Qadah.")
    assert [m.id for m in doc.mentions if m.id is not None] == []
