"""A lower-case body phrase after an indefinite article ("a constitutional court") names a
kind of body, not one the gazetteer holds; with "the" or capitalised, the phrase stays."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.indefinite_phrase import indefinite_before

RECORDS = [
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_indefinite_before() -> None:
    text = "a law establishing a supreme unity government in Benghazi"
    assert indefinite_before(text, text.index("unity"))
    assert indefinite_before("with an unity government", len("with an "))
    assert not indefinite_before("the unity government", len("the "))
    assert not indefinite_before("a Libyan unity government", len("a Libyan "))
    assert not indefinite_before("a very new and strong unity government", 31)


def test_an_indefinite_phrase_is_no_body(nz: Normalizer) -> None:
    found = _links(nz, "The House responded with a new unity government in Benghazi.")
    assert ("unity government", "org:gnu") not in found
    assert ("Benghazi", "loc:benghazi") in found


def test_the_definite_phrase_stays(nz: Normalizer) -> None:
    found = _links(nz, "Officials of the unity government met in Benghazi.")
    assert ("unity government", "org:gnu") in found


def test_an_indefinite_demonym_phrase_is_no_body() -> None:
    records = [
        *RECORDS,
        Record("org:tunisian-phosphate-company", "ORG", "Tunisian Phosphate Company", "شركة فسفاط"),
    ]
    found = _links(
        Normalizer.from_records(records),
        "The council signed a contract with a Tunisian company for five years.",
    )
    assert not any(i == "org:tunisian-phosphate-company" for _, i in found)


def test_its_own_reads_as_an_indefinite() -> None:
    text = "Each government has its own unity government"
    assert indefinite_before(text, text.rindex("unity"))
    assert indefinite_before("the factions set up their own new unity government", 34)
    assert not indefinite_before("its unity government", len("its "))
    assert not indefinite_before("on its own unity government", len("on its "))


def test_its_own_french_ministry_is_a_kind() -> None:
    nz = Normalizer.from_records(
        [Record("org:moh-ly", "ORG", "Ministry of Health (Libya)", "وزارة الصحة")]
    )
    found = _links(nz, "Each government has its own ministère de la Santé.")
    assert all(i != "org:moh-ly" for _, i in found)
    found = _links(nz, "In Tripoli, the ministère de la Santé said the strike ended.")
    assert ("ministère de la Santé", "org:moh-ly") in found
