"""A body reached by gloss through one common word is no link of a span that names a place its
name lacks ("State of Qatar" ~ المجلس الأعلى للدولة); a place beside a body's whole name is its
seat and the link stands ("Tobruk Parliament": مجلس النواب)."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.gloss_place import place_left_out

RECORDS = [
    Record("org:hcs", "ORG", "High Council of State", "المجلس الأعلى للدولة"),
    Record("org:hor", "ORG", "House of Representatives", "مجلس النواب"),
    Record("loc:qatar", "LOC", "Qatar", "قطر"),
    Record("loc:tobruk", "LOC", "Tobruk", "طبرق"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _gloss(name_coverage: float, costs: list[str], *, method: str = "gloss") -> Candidate:
    explain = {"score components": {"name_coverage": name_coverage, "costs": costs}}
    return Candidate("org:x", "X", "ORG", 0.8, "x", method, explain)


def test_place_said_instead_of_the_name() -> None:
    assert place_left_out(_gloss(0.45, ["place not in name: qatar"]))
    assert not place_left_out(_gloss(1.0, ["place not in name: tobruk"]))  # a seat
    assert not place_left_out(_gloss(0.45, ["only generic name words matched"]))
    assert not place_left_out(_gloss(0.45, ["place not in name: qatar"], method="fuzzy"))


def test_state_of_a_country_is_no_council_of_state(nz: Normalizer) -> None:
    found = _links(nz, "The talks were hosted in Doha by the State of Qatar last week.")
    assert ("State of Qatar", "org:hcs") not in found  # the whole span was, before
    assert ("Qatar", "loc:qatar") in found


def test_the_seat_with_the_whole_name_stays(nz: Normalizer) -> None:
    found = _links(nz, "Members of the Tobruk Parliament rejected the budget on Monday.")
    assert [eid for _, eid in found] == ["org:hor"]


def test_the_body_named_by_its_own_words_stays(nz: Normalizer) -> None:
    found = _links(nz, "The Supreme Council of State rejected the budget on Monday.")
    assert [eid for _, eid in found] == ["org:hcs"]
