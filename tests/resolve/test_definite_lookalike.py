"""A word after "the" that only resembles a village's name is no mention of it
(normx.resolve.definite_lookalike)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.definite_lookalike import definite_lookalike

VILLAGES = [
    Record("loc:hurriya", "LOC", "Hurriyah", "حرية"),
    Record("loc:sahib", "LOC", "Sahib", "صاحب"),
]


def _ids(text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(VILLAGES).canonicalize(text).mentions}


def test_a_movement_or_a_mosque_after_the_is_not_the_look_alike_village() -> None:
    assert _ids("They said the Hurriya movement attacked.").get("Hurriya") is None
    assert _ids("Bodies were found near the Sahiba mosque.").get("Sahiba") is None
    assert _ids("He backed the Sahiba and left.").get("Sahiba") is None


def test_without_the_the_look_alike_still_links() -> None:
    assert _ids("Fighters reached Hurriya on Monday.")["Hurriya"] == "loc:hurriya"


def test_the_place_named_by_its_own_name_elsewhere_still_links_after_the() -> None:
    ids = _ids("Fighters reached Hurriyah on Monday. Later the Hurriya fell.")
    assert ids["Hurriya"] == "loc:hurriya"


def test_only_places_are_judged() -> None:
    text = "They backed the Sahiba."
    start = text.index("Sahiba")
    place = Candidate("loc:s", "S", "LOC", 0.9, "S", "phonetic", {})
    body = Candidate("org:s", "S", "ORG", 0.9, "S", "phonetic", {})
    end = start + len("Sahiba")
    assert definite_lookalike(text, start, end, place)
    assert not definite_lookalike(text, start, end, body)
    assert not definite_lookalike("They backed Sahiba.", start - 4, end - 4, place)


def test_a_noun_of_place_after_the_word_keeps_the_village() -> None:
    assert _ids("Fighters entered the Hurriya area on Monday.")["Hurriya"] == "loc:hurriya"
    assert _ids("Fighters entered the Hurriya region.")["Hurriya"] == "loc:hurriya"


def test_a_word_listed_after_a_place_is_a_place_too() -> None:
    records = [*VILLAGES, Record("loc:misrata", "LOC", "Misrata", "مصراتة")]
    doc = Normalizer.from_records(records).canonicalize(
        "They drove through Misrata and the Hurriya."
    )
    assert {m.text: m.id for m in doc.mentions}["Hurriya"] == "loc:hurriya"


def test_a_noun_of_place_before_in_the_arabic_order_keeps_the_village() -> None:
    # منطقة حرية, translated "the region of the Hurriya": the word is the place's name
    assert _ids("Fighters entered the region of the Hurriya.")["Hurriya"] == "loc:hurriya"
    assert _ids("They left the city of the Hurriya on Monday.")["Hurriya"] == "loc:hurriya"
    # any other noun before "of the" says nothing of a place
    assert _ids("He spoke of the leaders of the Hurriya.").get("Hurriya") is None
