"""A demonym and a lower-case company head before a name classify it ("the Egyptian company
X"): the two words make no body of their own (normx.detect.classifier_head), and the name
after them is the company the head says, not a place or person spelled closer
(normx.resolve.classified_name)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

HOLDING = Record(
    "org:egyptian-water-holding-company",
    "ORG",
    "Egyptian Water Holding Company",
    "الشركة القابضة لمياه الشرب",
)
POWER = Record(
    "org:general-power-company", "ORG", "General Power Company of Sahla", "الشركة العامة للطاقة"
)
BUILDER = Record("org:samir-gad-holding", "ORG", "Samir Gad Holding", "سمير جاد القابضة")
GROUP = Record("org:karatepe-group", "ORG", "Karatepe Group", "مجموعة قره تبه")
TOWN = Record("loc:qaratba", "LOC", "Qaratba", "قراطبة")


def _links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_demonym_and_company_before_a_name_make_no_body() -> None:
    text = (
        "The General Power Company of Sahla signed the deal. The work was done by the "
        "Egyptian company Samir Gad, the ministry said."
    )
    links = _links([HOLDING, POWER, BUILDER], text)
    assert ("Samir Gad", "org:samir-gad-holding") in links
    assert not any(t.startswith("Egyptian") for t, _ in links)


def test_the_people_s_body_is_still_read_without_a_name_after_it() -> None:
    # "the Egyptian company" ends the sentence: no name follows, the phrase stays as before
    text = "The contract went to the Egyptian company, the ministry said."
    before = _links([HOLDING], text)
    assert any(t == "Egyptian company" for t, _ in before)


def test_a_name_after_group_is_the_group_not_the_town_spelled_closer() -> None:
    text = "The port works are run by the Turkish group Karatepe, which won the tender in 2019."
    assert ("Karatepe", "org:karatepe-group") in _links([GROUP, TOWN], text)


def test_the_name_without_the_head_keeps_its_reading() -> None:
    text = "The delegation travelled to Karatepe on Monday."
    assert ("Karatepe", "org:karatepe-group") not in _links([GROUP, TOWN], text)


MARKETING = Record(
    "org:frega-marketing", "ORG", "Frega Fuel Marketing Company", "شركة الفريقة لتسويق الوقود"
)
ALFAYRAK = Record("org:alfayrak-group", "ORG", "Alfayrak Group", "مجموعة الفيرق")
FARQA = Record("loc:farqa", "LOC", "Farqa", "فرقة")  # the closer likeness of the bare word


def test_a_name_only_the_head_explains_is_not_that_company() -> None:
    # "Alfayrak Company" reaches the marketing company by its head and al-Frega's sound; the
    # text's word spells nothing of it
    text = "The Zone signed with the Turkish company Alfayrak a contract for the terminal."
    links = _links([MARKETING, ALFAYRAK, FARQA], text)
    assert ("Alfayrak", "org:frega-marketing") not in links


def test_a_name_written_with_its_article_apart_is_still_the_group() -> None:
    text = "The port works are run by the Turkish group Al-Fayrak, which won the tender."
    assert ("Al-Fayrak", "org:alfayrak-group") in _links([MARKETING, ALFAYRAK, FARQA], text)
