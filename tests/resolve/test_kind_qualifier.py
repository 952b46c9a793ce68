"""A body the gazetteer qualifies by its kind ("(newspaper)") links only where the text says it."""

from __future__ import annotations

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.unsaid_qualifier import unsaid_qualifier

RECORDS = [
    Record("org:naba-paper", "ORG", "Al-Naba (newspaper)", "النبأ (صحيفة)"),
    Record("org:ahly-benghazi", "ORG", "Al-Ahly SC (Benghazi)", "الأهلي (بنغازي)"),
    Record("loc:istanbul", "LOC", "Istanbul", "إسطنبول"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]

_links = pairs_for(RECORDS)


def test_kind_unsaid_leaves_the_body_unlinked() -> None:
    found = _links("The government barred the channel of Al-Naba, which broadcasts from Istanbul.")
    assert ("Istanbul", "loc:istanbul") in found
    assert all(i != "org:naba-paper" for _, i in found)


def test_kind_said_keeps_the_link() -> None:
    found = _links("The newspaper Al-Naba printed the statement in Tripoli.")
    assert ("Al-Naba", "org:naba-paper") in found


def test_a_body_qualified_by_a_place_is_not_judged_here() -> None:
    cand = Candidate(
        id="org:ahly-benghazi",
        name="Al-Ahly SC (Benghazi)",
        type="ORG",
        score=1.0,
        matched="Al-Ahly SC (Benghazi)",
        method="exact",
    )
    assert not unsaid_qualifier("Al-Ahly SC won in Tripoli.", RECORDS[1], cand)
