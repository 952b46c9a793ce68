"""A lone noun goes to the entity whose written name it heads (:mod:`normx.resolve.head_word`).

Hand-written gazetteer: the water project and the authority that runs it both hold "River";
only the project's name ends in it.
"""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:gmmr", "LOC", "Great Man-Made River", "النهر الصناعي العظيم"),
    Record("org:gmmra", "ORG", "Man-Made River Project Authority", "جهاز مشروع النهر الصناعي"),
    Record("loc:gharyan", "LOC", "Gharyan", "غريان"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _river(nz: Normalizer, text: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == "River"]


def test_the_noun_is_the_entity_whose_name_it_ends(nz: Normalizer) -> None:
    text = (
        "Water from the Great Man-Made River stopped in Gharyan. The Man-Made River Project "
        "Authority blamed attacks on the wells. The wells stopped since the arrival of the "
        "River in the nineties."
    )
    assert _river(nz, text) == ["loc:gmmr"]


def test_with_no_entity_ending_in_the_word_coreference_stands(nz: Normalizer) -> None:
    text = (
        "The Man-Made River Project Authority blamed attacks on the wells near Gharyan. "
        "The wells stopped since the arrival of the River in the nineties."
    )
    assert "loc:gmmr" not in _river(nz, text)
