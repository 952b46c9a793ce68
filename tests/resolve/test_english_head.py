""" "The House" refers only to a body whose names hold the word: English takes it from names,
translation never renders المجلس so (normx.resolve.english_head)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

PC = Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي")
HOR = Record("org:house-of-representatives", "ORG", "House of Representatives", "مجلس النواب")
HCS = Record("org:high-council-of-state", "ORG", "High Council of State", "المجلس الأعلى للدولة")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([PC, HOR, HCS]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_house_is_not_the_council_just_named() -> None:
    got = links(
        "It was dissolved by a decision of the Presidential Council. The envoy called "
        "the House to build on it."
    )
    assert ("House", "org:presidential-council") not in got


def test_the_house_after_the_house_of_representatives() -> None:
    got = links(
        "The House of Representatives met in Tobruk. It was dissolved by a decision of the "
        "Presidential Council. The envoy called the House to build on it."
    )
    assert ("House", "org:house-of-representatives") in got


def test_the_council_still_takes_the_council() -> None:
    got = links("It was dissolved by a decision of the Presidential Council. The Council said so.")
    assert ("Council", "org:presidential-council") in got
