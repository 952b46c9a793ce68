"""A person record whose whole name is only a given name (one name part, or a compound of
"Abd" and a divine name) does not take the first words of a longer name: "Abdel Hamid Zarruq"
is a man the gazetteers lack, not the record "Abdul Al-Hamid" followed by the village
"Zarruq". Said alone, the given name still links to such a record."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.fused_names import given_names_only

RECORDS = [
    Record("per:abd-al-hamid", "PER", "Abdul Al-Hamid", "عبد الحميد"),
    Record("per:marwan", "PER", "Marwan", "مروان"),
    Record("per:hamid-qasim", "PER", "Hamid Qasim", "حميد قاسم"),
    Record("loc:zarruq", "LOC", "Zarruq", "زروق"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _links(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


@pytest.mark.parametrize(
    ("name", "only"),
    [
        ("Abdul Al-Rahman", True),
        ("Abd al-Hamid", True),
        ("Abdulrahman", True),
        ("Marwan", True),
        ("Al-Marwan", True),
        ("Hamid Qasim", False),
        ("Abdul Hamid Dbeibah", False),
        ("Abd", False),
    ],
)
def test_given_names_only(name: str, only: bool) -> None:
    assert given_names_only(name) is only


def test_compound_given_name_record_does_not_take_a_longer_name(nz: Normalizer) -> None:
    links = _links(nz, "The engineer Abdel Hamid Zarruq said the pumps in Tripoli had stopped.")
    assert ("Abdel Hamid Zarruq", None) in links
    assert all(i not in ("per:abd-al-hamid", "loc:zarruq") for _, i in links)
    assert ("Tripoli", "loc:tripoli") in links


def test_one_word_given_name_record_does_not_take_a_longer_name(nz: Normalizer) -> None:
    links = _links(nz, "The engineer Marwan Zarruq said the pumps had stopped.")
    assert all(i not in ("per:marwan", "loc:zarruq") for _, i in links)


def test_the_given_name_alone_still_links(nz: Normalizer) -> None:
    links = _links(nz, "Officials met Abdel Hamid in Tripoli.")
    assert ("Abdel Hamid", "per:abd-al-hamid") in links


def test_a_full_name_record_is_not_judged_so(nz: Normalizer) -> None:
    links = _links(nz, "Officials met Hamid Qasim in Tripoli.")
    assert ("Hamid Qasim", "per:hamid-qasim") in links
