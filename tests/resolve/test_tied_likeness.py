"""Two places exactly as like a word are no decision (normx.resolve.tied_likeness)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.tied_likeness import tied_look_alike

TWINS = [
    Record("loc:nalut", "LOC", "Nalut", "نالوت"),
    Record("loc:naloot", "LOC", "Naloot", "نالوط"),
]


def _ids(records: list[Record], text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(records).canonicalize(text).mentions}


def test_a_word_exactly_as_like_two_places_links_neither() -> None:
    assert _ids(TWINS, "Fighting reached Naluut on Monday.").get("Naluut") is None


def test_the_document_naming_one_of_them_settles_the_tie() -> None:
    text = "Fighting reached Nalut on Sunday. On Monday Naluut was quiet."
    assert _ids(TWINS, text)["Naluut"] == "loc:nalut"


def test_with_one_place_only_the_close_likeness_still_links() -> None:
    assert _ids(TWINS[:1], "Fighting reached Naluut on Monday.")["Naluut"] == "loc:nalut"


def _cand(
    rid: str, score: float, method: str = "fuzzy", etype: str = "LOC", name: str = ""
) -> Candidate:
    return Candidate(rid, rid, etype, score, name or rid, method, {})


def test_only_likeness_ties_between_places_or_bodies_count() -> None:
    best = _cand("loc:a", 0.96)
    assert tied_look_alike(best, [_cand("org:b", 0.96)])
    assert not tied_look_alike(best, [_cand("loc:b", 0.95)])  # a margin is a decision
    assert not tied_look_alike(best, [_cand("per:b", 0.96, etype="PER")])
    assert not tied_look_alike(_cand("loc:a", 0.96, "exact"), [_cand("loc:b", 0.96)])
    assert not tied_look_alike(_cand("per:a", 0.96, etype="PER"), [_cand("loc:b", 0.96)])


def test_two_places_of_one_name_are_namesakes_not_a_tie_of_likeness() -> None:
    best = _cand("loc:a", 0.96, name="Suq al Arba")
    assert not tied_look_alike(best, [_cand("loc:b", 0.96, name="Suq al Arba")])
    assert tied_look_alike(best, [_cand("loc:b", 0.96, name="Suq al Arbaa")])


def test_two_spellings_of_one_arabic_name_are_namesakes() -> None:
    best = _cand("loc:a", 0.96, name="Suq al Arbaa")
    rival = _cand("loc:b", 0.96, name="Souq al-Arba`a")
    names = {"loc:a": (("سوق", "الاربعاء"),), "loc:b": (("سوق", "الاربعاء"),)}
    assert not tied_look_alike(best, [rival], lambda rid: names[rid])
    other = {"loc:a": (("سوق", "الاربعاء"),), "loc:b": (("سوق", "الخميس"),)}
    assert tied_look_alike(best, [rival], lambda rid: other[rid])
