"""A relative's given name after a kin noun is no place it happens to resemble
(normx.resolve.family_member: the link is undone before the family look-up)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.family_member import after_kin_noun

RECORDS = [
    Record("per:omar-kabbar", "PER", "Omar Kabbar", "عمر كبار"),
    Record("per:hanin-kabbar", "PER", "Hanin Kabbar", "حنين كبار"),
    Record("loc:hannin", "LOC", "Hannin", "حنين"),
]


def _links(records: list[Record], text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(records).canonicalize(text).mentions}


def test_a_sons_given_name_is_not_the_village_it_resembles() -> None:
    text = "Omar Kabbar left the country. His aides fled too, with his son Hanine."
    links = _links(RECORDS, text)
    assert links.get("Hanine") != "loc:hannin"


def test_the_son_is_found_through_the_family_name_once_the_village_is_out() -> None:
    text = "Omar Kabbar left the country. His aides fled too, with his son Hanine."
    assert _links(RECORDS, text).get("Hanine") == "per:hanin-kabbar"


def test_without_a_kin_noun_the_look_alike_village_stays() -> None:
    links = _links(RECORDS[2:], "Fighting reached Hanine on Monday.")
    assert links.get("Hanine") == "loc:hannin"


def test_after_kin_noun_reads_the_possessive_and_the_noun() -> None:
    text = "He fled with his eldest son Hanine."
    assert after_kin_noun(text, text.index("Hanine"))
    assert not after_kin_noun("He fled with Hanine.", len("He fled with "))
