"""A capitalised definite generic noun ("The Chamber") refers to the body just named whose
Arabic name it glosses (chamber -> غرفة), and to nothing otherwise."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.generic import MAX_DISTANCE

ROOM = Record("org:ops-room", "ORG", "Sirte–Jufra Operations Room", "غرفة عمليات سرت والجفرة")
COUNCIL = Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة")
SIRTE = Record("loc:sirte", "LOC", "Sirte", "سرت")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records([ROOM, COUNCIL, SIRTE])


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.id, m.method) for m in nz.canonicalize(text).mentions]


def test_the_chamber_refers_to_the_operations_room_just_named(nz: Normalizer) -> None:
    text = "The Sirte–Jufra Operations Room sent patrols. The Chamber said they reached Sirte."
    doc = nz.canonicalize(text)
    chamber = [m for m in doc.mentions if m.text == "Chamber"]
    assert [(m.id, m.method) for m in chamber] == [("org:ops-room", "coref")]
    assert chamber[0].evidence["gloss"] == "غرفه"
    assert chamber[0].evidence["antecedent"]["start"] == text.index("Sirte–Jufra")
    assert "The Sirte–Jufra Operations Room said" in doc.rewritten


def test_the_nearest_body_whose_arabic_name_the_gloss_heads_wins(nz: Normalizer) -> None:
    # chamber glosses both غرفة and مجلس: the most recent such body is meant
    text = (
        "The Sirte–Jufra Operations Room sent patrols. Later the High Council of State met. "
        "The Chamber said the talks went well."
    )
    ids = [i for t, i, _ in _links(nz, text) if t == "Chamber"]
    assert ids == ["org:hcs"]


def test_a_generic_noun_with_no_body_named_before_is_no_mention(nz: Normalizer) -> None:
    text = "The Chamber said the patrols reached Sirte. The Sirte–Jufra Operations Room agreed."
    assert all(t != "Chamber" for t, _, _ in _links(nz, text))


def test_a_body_named_long_before_is_not_just_named(nz: Normalizer) -> None:
    filler = "Patrols went on for days in the desert near the city. " * (MAX_DISTANCE // 50 + 1)
    text = "The Sirte–Jufra Operations Room sent patrols. " + filler + "The Chamber said more."
    assert all(t != "Chamber" for t, _, _ in _links(nz, text))


def test_only_a_capitalised_definite_generic_noun_counts(nz: Normalizer) -> None:
    base = "The Sirte–Jufra Operations Room sent patrols. "
    for tail in ("A Chamber said more.", "the chamber said more.", "Its Chamber said more."):
        assert all(t.lower() != "chamber" for t, _, _ in _links(nz, base + tail)), tail


def test_a_gloss_that_heads_no_recent_body_links_nothing(nz: Normalizer) -> None:
    # government glosses حكومة: neither body's Arabic name starts with it
    text = "The Sirte–Jufra Operations Room sent patrols. The Government said more."
    assert all(t != "Government" or i is None for t, i, _ in _links(nz, text))


def test_a_body_whose_english_name_holds_the_noun_comes_before_a_gloss() -> None:
    # "corporation" glosses شركة (company) too; the Waha Oil Company, named since, only by
    # that gloss: the Corporation is the National Oil Corporation, whose name says it
    noc = Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط")
    waha = Record("org:waha", "ORG", "Waha Oil Company", "شركة الواحة للنفط")
    nz = Normalizer.from_records([noc, waha])
    text = (
        "The National Oil Corporation declared force majeure. The Waha Oil Company stopped "
        "pumping. The head of the Corporation said losses were high."
    )
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert found[-1] == ("Corporation", "org:noc")


def test_a_generic_noun_opening_a_span_before_and_refers_too() -> None:
    # the gazetteer says neither "Parliament" nor "State Council"; parliament glosses مجلس النواب
    hor = Record("org:hor", "ORG", "House of Representatives", "مجلس النواب")
    nz = Normalizer.from_records([hor, COUNCIL])
    text = (
        "He was appointed by the House of Representatives. He waits for consensus between "
        "the Parliament and the High Council of State."
    )
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert ("Parliament", "org:hor") in found
    assert ("High Council of State", "org:hcs") in found


def test_a_head_opening_a_span_without_the_is_no_generic_noun() -> None:
    hor = Record("org:hor", "ORG", "House of Representatives", "مجلس النواب")
    nz = Normalizer.from_records([hor, COUNCIL])
    text = "The House of Representatives met. Parliament and the High Council of State agreed."
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert all(t != "Parliament" for t, _ in found)


PERSONS = [
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:saleh", "PER", "Aguila Saleh", "عقيلة صالح"),
    Record("loc:derna", "LOC", "Derna", "درنة"),
]


def _person_links(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in Normalizer.from_records(PERSONS).canonicalize(text).mentions]


def test_the_title_refers_to_the_person_it_introduced() -> None:
    found = _person_links(
        "Field Marshal Khalifa Haftar met Aguila Saleh. After the visit of the Marshal to "
        "Derna, the road opened."
    )
    assert ("Marshal", "per:haftar") in found


def test_a_title_two_people_bore_or_none_bore_is_no_mention() -> None:
    found = _person_links(
        "President Khalifa Haftar met President Aguila Saleh. The President went to Derna."
    )
    assert all(text != "President" for text, _ in found)
    found = _person_links("Khalifa Haftar met Aguila Saleh. The Marshal went to Derna.")
    assert all(text != "Marshal" for text, _ in found)


CRESCENTS = [
    Record("org:lrc", "ORG", "Libyan Red Crescent", "الهلال الأحمر الليبي"),
    Record("org:erc", "ORG", "Egyptian Red Crescent", "الهلال الأحمر المصري"),
    Record("loc:derna", "LOC", "Derna", "درنة"),
]


def test_a_definite_word_of_a_body_just_named_is_that_body() -> None:
    nz = Normalizer.from_records(CRESCENTS)
    text = "The Libyan Red Crescent reached Derna, and the teams of the Crescent found more."
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert ("Crescent", "org:lrc") in found


def test_a_bare_word_without_the_is_not_read_so() -> None:
    nz = Normalizer.from_records(CRESCENTS)
    text = "The Libyan Red Crescent reached Derna. Teams from Crescent found more."
    found = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert all(link is None for text, link in found if text == "Crescent")
