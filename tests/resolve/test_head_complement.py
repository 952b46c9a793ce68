"""What a department does ("the Department for Combating Crime") is no mention of a body whose
longer name shares those words (the Deterrence Apparatus for Combating Organized Crime and
Terrorism); a complement that says a body's whole name still links."""

from __future__ import annotations

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.head_complement import complement_of_head

RECORDS = [
    Record(
        "org:rada",
        "ORG",
        "Special Deterrence Force",
        "قوة الردع الخاصة",
        aliases_en=("Deterrence Apparatus for Combating Organized Crime and Terrorism",),
    ),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
]
HEADS = frozenset({"department", "office", "ministry", "council"})


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _cand(method: str, name_coverage: float) -> Candidate:
    explain = {"query_coverage": 1.0, "name_coverage": name_coverage}  # the name: "X"
    return Candidate("org:x", "X", "ORG", 0.79, "x", method, explain)


def test_complement_of_a_head() -> None:
    text = "The Department for Combating Crime denied it."
    start = text.index("Combating")
    assert complement_of_head(text, start, _cand("phonetic", 0.4), HEADS)
    assert not complement_of_head(text, start, _cand("phonetic", 1.0), HEADS)  # whole name
    assert not complement_of_head(text, start, _cand("exact", 0.4), HEADS)
    own = Candidate("org:y", "Department of Crime", "ORG", 0.79, "Department of Crime", "phonetic")
    assert not complement_of_head(text, start, own, HEADS)  # the body's own head
    other = "The raid on Combating Crime units."
    assert not complement_of_head(other, other.index("Combating"), _cand("phonetic", 0.4), HEADS)


def test_a_department_is_no_other_body(nz: Normalizer) -> None:
    text = "The Department for Combating Crime of the ministry denied any role in the arrest."
    assert all(eid != "org:rada" for _, eid in _links(nz, text))


def test_the_body_named_short_by_its_own_head_stays(nz: Normalizer) -> None:
    text = "The head of the Presidential Council of the Government of Accord met the envoy."
    assert ("Accord", "org:gna") in _links(nz, text)


def test_a_whole_name_after_a_head_stays(nz: Normalizer) -> None:
    text = "The Office of the National Oil Corporation denied any role in the arrest."
    assert ("National Oil Corporation", "org:noc") in _links(nz, text)
