"""The user's record past the matcher's cut behind shipped look-alikes is read
(normx.resolve.user_past_cut); a dotted acronym a record holds is that record's
(normx.resolve.held_acronym)."""

from __future__ import annotations

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.held_acronym import best_unless_tied, with_held_acronyms
from normx.resolve.standing import MAJOR, MINOR, USER
from normx.resolve.user_past_cut import user_past_cut

STANDING = {"loc:a": MINOR, "loc:b": MINOR, "loc:c": MAJOR, "loc:d": MINOR, "per:e": MAJOR}


def _standing(rid: str) -> int:
    return STANDING.get(rid, USER)


def _cand(rid: str, score: float, type: str = "LOC") -> Candidate:
    return Candidate(rid, rid, type, score, rid, "fuzzy", {})


CUT = [_cand("loc:a", 0.96), _cand("loc:b", 0.88), _cand("loc:c", 0.878), _cand("loc:d", 0.878)]
DEEPER = [*CUT, _cand("org:mine", 0.875, "ORG"), _cand("loc:f", 0.8), _cand("loc:low", 0.76)]


def test_the_users_record_past_a_cut_of_shipped_look_alikes_is_added() -> None:
    asked: list[int] = []

    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        asked.append(n)
        return DEEPER

    out = user_past_cut(CUT, 4, _standing, ask)
    # loc:f and loc:low are user records too (not in STANDING): every user record found
    assert [c.id for c in out] == [
        "loc:a",
        "loc:b",
        "loc:c",
        "loc:d",
        "org:mine",
        "loc:f",
        "loc:low",
    ]
    assert asked == [16]


def test_a_cut_not_full_or_holding_a_user_person_or_exact_record_is_left() -> None:
    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        raise AssertionError("not asked")

    assert user_past_cut(CUT[:3], 4, _standing, ask) == CUT[:3]
    with_user = [*CUT[:3], _cand("loc:mine", 0.8)]
    assert user_past_cut(with_user, 4, _standing, ask) == with_user
    with_person = [*CUT[:3], _cand("per:e", 0.8, "PER")]
    assert user_past_cut(with_person, 4, _standing, ask) == with_person
    with_exact = [_cand("loc:a", 1.0), *CUT[1:]]
    assert user_past_cut(with_exact, 4, _standing, ask) == with_exact


def test_off_with_no_user_record_loaded() -> None:
    def ask(kind: str | None, n: int, floor: float) -> list[Candidate]:
        raise AssertionError("not asked")

    assert user_past_cut(CUT, 4, lambda rid: USER, ask) == CUT


US = Record("loc:my-us", "LOC", "United States", aliases_en=("U.S.", "USA"))
UMM_SAAD = Record("loc:umm-saad", "LOC", "Umm Saad", note="OSM place=village")


def _initials(acronym: str, dotted: bool) -> tuple[str, str, str, str] | None:
    return None  # "US" spells United States and Umm Saad: the initials decide nothing


def test_a_dotted_acronym_held_by_one_record_is_that_records() -> None:
    known = with_held_acronyms(_initials, [US, UMM_SAAD])
    assert known("US", True) == ("loc:my-us", "United States", "LOC", "United States")
    assert known("US", False) is None  # undotted: the initials and the matcher decide
    assert known("UN", True) is None


def test_an_acronym_held_by_two_records_is_left_to_the_initials() -> None:
    other = Record("org:us-army", "ORG", "United States Army", aliases_en=("US",))
    known = with_held_acronyms(_initials, [US, other])
    assert known("US", True) is None


def test_with_user_records_loaded_only_theirs_count() -> None:
    shipped_us = Record("loc:us", "LOC", "United States", aliases_en=("U.S.",))
    known = with_held_acronyms(_initials, [shipped_us], lambda rid: not rid.startswith("loc:us"))
    assert known("US", True) is None


def test_an_expansion_inside_a_tie_names_no_entity() -> None:
    cairo = Candidate("org:cairo", "Embassy, Cairo", "ORG", 0.908, "x", "phonetic", {})
    tripoli = Candidate("org:tripoli", "Embassy, Tripoli", "ORG", 0.899, "x", "phonetic", {})
    assert best_unless_tied([cairo, tripoli]) == ("", "Embassy, Cairo", "ORG", 0.908)
    assert best_unless_tied([cairo]) == ("org:cairo", "Embassy, Cairo", "ORG", 0.908)
    sure = Candidate("org:sure", "Security Council", "ORG", 1.0, "x", "exact", {})
    assert best_unless_tied([sure, cairo])[0] == "org:sure"
    assert best_unless_tied([]) is None
