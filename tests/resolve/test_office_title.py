"""An office named after its holder's title is one body: "the Office of the Public
Prosecutor" (مكتب النائب العام), not "Office of the Public" and a title
(normx.resolve.office_title), nor, with the title written first, nothing at all."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

OFFICE = Record(
    "org:attorney-general-libya",
    "ORG",
    "Office of the Attorney General (Libya)",
    "مكتب النائب العام",
)
PM = Record("per:abdul-hamid-dbeibah", "PER", "Abdul Hamid Dbeibah", "عبد الحميد الدبيبة")
TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس")
links = pairs_for([OFFICE, PM, TRIPOLI])


def test_the_office_of_a_title_is_the_body() -> None:
    text = "Lawyers in Tripoli wrote to the Office of the Public Prosecutor on Sunday."
    assert ("Office of the Public Prosecutor", "org:attorney-general-libya") in links(text)


def test_the_office_of_a_title_spelled_as_the_gazetteer_spells_it() -> None:
    text = "Lawyers in Tripoli wrote to the Office of the Attorney General on Sunday."
    assert ("Office of the Attorney General", "org:attorney-general-libya") in links(text)


def test_a_man_named_after_the_title_is_still_cut_off() -> None:
    text = "The Office of the Prime Minister Abdul Hamid Dbeibah replied from Tripoli."
    found = links(text)
    assert ("Abdul Hamid Dbeibah", "per:abdul-hamid-dbeibah") in found
    assert not any(i == "org:attorney-general-libya" for _, i in found)


def test_the_title_alone_before_a_man_is_his_title() -> None:
    text = "The Public Prosecutor Abdul Hamid Dbeibah spoke in Tripoli."  # a made-up holder
    found = links(text)
    assert ("Abdul Hamid Dbeibah", "per:abdul-hamid-dbeibah") in found
    assert not any(i == "org:attorney-general-libya" for _, i in found)
