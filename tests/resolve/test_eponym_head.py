"""A person's name right before a lower-case facility noun ("its Ibn Rushd hospital") is the
place named after him, not the man (normx.resolve.eponym_head)."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.eponym_head import eponym_facility_kept

RECORDS = [
    Record("per:averroes", "PER", "Averroes", "ابن رشد"),
    Record("per:omar-mukhtar", "PER", "Omar Mukhtar", "عمر المختار"),
    Record("loc:misrata", "LOC", "Misrata", "مصراتة"),
]

_links = pairs_for(RECORDS)


def test_a_person_before_hospital_is_the_hospital() -> None:
    found = _links("The town opened its new Ibn Rushd hospital on Monday.")
    assert not any(i == "per:averroes" for _, i in found)


def test_a_person_before_street_is_the_street() -> None:
    found = _links("Shops on the Omar Mukhtar street reopened after the clashes.")
    assert not any(i == "per:omar-mukhtar" for _, i in found)


def test_the_person_with_a_possessive_or_alone_stays() -> None:
    assert ("Ibn Rushd", "per:averroes") in _links("A book on Ibn Rushd was published.")
    found = _links("The town remembers Omar Mukhtar's school, which he attended as a boy.")
    assert ("Omar Mukhtar", "per:omar-mukhtar") in found


def test_a_place_before_hospital_stays() -> None:
    found = _links("Patients were sent to the Misrata hospital on Sunday.")
    assert any(i == "loc:misrata" for _, i in found)


def test_the_facility_named_whole_links() -> None:
    hospital = Record("org:ibn-rushd-hospital", "ORG", "Ibn Rushd Hospital", "مستشفى ابن رشد")
    found = pairs_for([*RECORDS, hospital])("The town opened its new Ibn Rushd hospital on Monday.")
    assert ("Ibn Rushd hospital", "org:ibn-rushd-hospital") in found


def test_eponym_facility_kept_needs_the_whole_name() -> None:
    whole = Candidate(
        "org:h",
        "Ibn Rushd Hospital",
        "ORG",
        0.97,
        "Ibn Rushd Hospital",
        "phonetic",
        {"pairs": [{}, {}, {}], "query_tokens": [{}, {}, {}], "matched_tokens": [{}, {}, {}]},
    )
    longer = Candidate(
        "org:u",
        "Ibn Rushd University Hospital",
        "ORG",
        0.95,
        "Ibn Rushd University Hospital",
        "phonetic",
        {"pairs": [{}, {}, {}], "query_tokens": [{}, {}, {}], "matched_tokens": [{}, {}, {}, {}]},
    )
    eponym = {"eponym_of": "hospital"}
    assert eponym_facility_kept(eponym, (5, whole)) == (5, whole)
    assert eponym_facility_kept(eponym, (5, longer)) is None
    assert eponym_facility_kept({}, (5, longer)) == (5, longer)
