"""An office named by its holder in the possessive is the office: "the Attorney General's
Office" for the Office of the Attorney General (normx.resolve.office_possessive)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

OFFICE = Record(
    "org:attorney-general-libya",
    "ORG",
    "Office of the Attorney General (Libya)",
    "مكتب النائب العام",
)
PERSON = Record("per:ali-zaydan", "PER", "Ali Zaydan", "علي زيدان")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_holder_in_the_possessive() -> None:
    got = links([OFFICE, PERSON], "Letters from the Attorney General's Office excluded him.")
    assert ("Attorney General's Office", "org:attorney-general-libya") in got


def test_no_office_held_no_link() -> None:
    got = links([PERSON], "Letters from the Attorney General's Office excluded him.")
    assert not any(i == "org:attorney-general-libya" for _, i in got)


def test_a_person_s_office_is_not_taken() -> None:
    got = links([OFFICE, PERSON], "Ali Zaydan's Office said on Monday that it disagreed.")
    assert ("Ali Zaydan", "per:ali-zaydan") in got
    assert not any(i == "org:attorney-general-libya" for _, i in got)


def test_another_title_is_another_office() -> None:
    got = links([OFFICE, PERSON], "The Prime Minister's Office said on Monday it disagreed.")
    assert not any(i == "org:attorney-general-libya" for _, i in got)


def test_a_sentence_opening_the_is_no_part_of_the_title() -> None:
    got = links([OFFICE, PERSON], "The Attorney General's Office arrested him in October.")
    assert ("Attorney General's Office", "org:attorney-general-libya") in got
