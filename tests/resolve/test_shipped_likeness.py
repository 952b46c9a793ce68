"""A shipped place or body the user lacks is not linked on a likeness
(normx.resolve.shipped_likeness)."""

from __future__ import annotations

from normx.resolve.document import Mention
from normx.resolve.shipped_likeness import shipped_likeness_unlinked
from normx.resolve.standing import MAJOR, MINOR, USER

STANDING = {"loc:village": MINOR, "loc:china": MAJOR, "per:shipped": MAJOR, "org:au": MAJOR}


def _standing(rid: str) -> int:
    return STANDING.get(rid, USER)


def _m(start: int, rid: str | None, method: str, score: float, type: str = "LOC") -> Mention:
    return Mention(start, start + 5, "Name", rid, rid, type, score, method)


def test_a_likeness_link_to_a_shipped_place_and_its_coreference_are_undone() -> None:
    mentions = (
        _m(0, "loc:village", "fuzzy", 0.91),
        _m(10, "loc:village", "coref", 0.91),
        _m(20, "loc:mine", "fuzzy", 0.88),  # the user's own record: kept
        _m(30, "loc:china", "exact", 1.0),  # a shipped record as held: kept
        _m(40, "org:au", "gloss", 0.88, "ORG"),  # "African Federation": a gloss, undone
    )
    out = shipped_likeness_unlinked(mentions, _standing)
    assert [m.id for m in out] == [None, None, "loc:mine", "loc:china", None]
    assert out[0].method == "none" and out[0].evidence["shipped_likeness"] == "loc:village"


def test_a_record_the_document_names_as_held_keeps_its_links() -> None:
    mentions = (_m(0, "loc:village", "exact", 1.0), _m(10, "loc:village", "fuzzy", 0.91))
    assert shipped_likeness_unlinked(mentions, _standing) == mentions


def test_persons_and_runs_without_user_records_are_left() -> None:
    person = (_m(0, "per:shipped", "phonetic", 0.9, "PER"),)
    assert shipped_likeness_unlinked(person, _standing) == person
    loose = (_m(0, "loc:village", "fuzzy", 0.91),)
    assert shipped_likeness_unlinked(loose, lambda rid: USER) == loose
