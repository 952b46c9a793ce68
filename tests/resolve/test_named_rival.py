"""A bare word too close to call between two places: the one the document names elsewhere
(normx.resolve.named_rival)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent
from normx.resolve.named_rival import named_in_document

PLACES = [
    Record("loc:yafran", "LOC", "Yafran", "يفرن"),
    Record("loc:yafrin", "LOC", "Yefrin", "يفرين"),
]


def _ids(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_place_the_document_names_settles_a_tie() -> None:
    text = "Clashes broke out in Yafran on Monday. By Tuesday Yefren was calm again."
    assert ("Yefren", "loc:yafran") in _ids(PLACES, text)


def test_named_later_in_the_document_also_settles_it() -> None:
    text = "By Tuesday Yefren was calm again. Clashes had broken out in Yafran on Monday."
    assert ("Yefren", "loc:yafran") in _ids(PLACES, text)


def test_without_either_place_named_the_tie_stays_undecided() -> None:
    ids = dict(_ids(PLACES, "By Tuesday Yefren was calm again."))
    assert ids.get("Yefren") is None


def _ante(position: int, cand: Candidate) -> Antecedent:
    return Antecedent(position, cand, cand.name, (), ())


def _cand(rid: str, etype: str = "LOC") -> Candidate:
    return Candidate(rid, rid, etype, 0.9, rid, "fuzzy", {})


def test_two_close_places_both_named_are_no_decision() -> None:
    a, b = _cand("loc:a"), _cand("loc:b")
    antecedents = [_ante(0, a), _ante(1, b)]
    assert named_in_document(antecedents, 2, [a, b]) is None
    assert named_in_document(antecedents[:1], 2, [a, b]) == antecedents[0]


def test_the_nearest_earlier_mention_is_the_antecedent() -> None:
    a, b = _cand("loc:a"), _cand("loc:b")
    antecedents = [_ante(0, a), _ante(3, a), _ante(7, a)]
    assert named_in_document(antecedents, 5, [a, b]) == antecedents[1]
    assert named_in_document(antecedents, 0, [b, a]) == antecedents[1]


def test_a_person_among_the_close_names_is_left_to_the_person_rules() -> None:
    a, p = _cand("loc:a"), _cand("per:p", "PER")
    assert named_in_document([_ante(0, a)], 2, [a, p]) is None
