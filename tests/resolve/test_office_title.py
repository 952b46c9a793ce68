"""An office named by its holder's title is read whole: "the Office of the Public Prosecutor"
for the Office of the Attorney General (مكتب النائب العام), though detection keeps the title
word "Prosecutor" out of a name (normx.resolve.office_title)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

OFFICE = Record(
    "org:attorney-general-libya",
    "ORG",
    "Office of the Attorney General (Libya)",
    "مكتب النائب العام",
)
EGYPT = Record(
    "org:public-prosecution-egypt", "ORG", "Public Prosecution (Egypt)", "النيابة العامة (مصر)"
)
TEXT = "The organization asked the Office of the Public Prosecutor to open an investigation."


def links(records: list[Record], text: str = TEXT) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_office_of_a_title_the_gloss_reads_as_the_held_name() -> None:
    got = links([OFFICE, EGYPT])
    assert ("Office of the Public Prosecutor", "org:attorney-general-libya") in got


def test_no_office_held_no_link() -> None:
    got = links([EGYPT])
    assert all(i is None for t, i in got if "Office" in t)


def test_a_phrase_ending_in_a_name_word_is_left_to_the_linker() -> None:
    other = Record("org:office-of-the-tripoli-mayor", "ORG", "Office of the Mayor of Tripoli", "")
    text = "The Office of the Public Works said the road was closed."
    got = links([OFFICE, other], text)
    assert not any(i == "org:attorney-general-libya" for _, i in got)
