"""Two given names spelled nearly alike are two names (normx.resolve.distinct_given)."""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.distinct_given import given_apart

MINISTER = Record("per:salah-test", "PER", "Salah al-Marghani", "صلاح المرغني")
PLACE = Record("loc:qasr-tamim-test", "LOC", "Qasr Tamim", "قصر تميم")


def test_saleh_is_not_salah_and_his_surname_repeat_follows() -> None:
    text = (
        "And the spokesman of the apparatus, Saleh Al-Marghani, spoke in Qasr Tamim, "
        "and Al-Marghani said the detainees were referred to the prosecution."
    )
    got = pairs([MINISTER, PLACE], text)
    assert ("Saleh Al-Marghani", None) in got
    assert all(oid != "per:salah-test" for _, oid in got)


def test_the_same_name_spelled_alike_still_links() -> None:
    text = "And the former minister Salah Al-Marghani spoke in Qasr Tamim."
    assert ("Salah Al-Marghani", "per:salah-test") in pairs([MINISTER, PLACE], text)


def cand(name: str, method: str = "fuzzy", type: str = "PER") -> Candidate:
    return Candidate(name, name, type, 0.95, name, method)


def test_only_the_two_sides_of_a_listed_pair() -> None:
    assert given_apart(cand("Salah Bashir"), "Saleh Bashir")
    assert given_apart(cand("Jamil Obeidi"), "Jamal Obeidi")
    # one name spelled two ways, an unlisted name, another word than the given name
    assert not given_apart(cand("Salih Bashir"), "Saleh Bashir")
    assert not given_apart(cand("Hamid Bashir"), "Hamed Bashir")
    assert not given_apart(cand("Ali Salah"), "Ali Saleh")
    # an exact match, or a body
    assert not given_apart(cand("Salah Bashir", method="exact"), "Saleh Bashir")
    assert not given_apart(cand("Salah Bashir", type="ORG"), "Saleh Bashir")
