"""A lone word linked as a place right before a linked person, in one name, is the man's own
given name, not the place: "Ahmed Mohammed Barka" is no village Ahmed beside a Mohammed
Albayrak. The records are in ``given_name_before_person.yaml`` beside this file."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("given_name_before_person.yaml")


def _ids(text: str) -> dict[str, str | None]:
    nz = Normalizer.load([GAZETTEER], defaults=False, use_cache=False)
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def test_given_name_before_a_linked_person_is_no_village():
    ids = _ids("The head of the council, Ahmed Mohammed Barka, said the road was closed.")
    assert "loc:ahmed" not in ids.values()
    assert ids.get("Ahmed") is None


def test_the_village_alone_is_the_village():
    assert _ids("Fighting reached Ahmed on Monday.")["Ahmed"] == "loc:ahmed"


def test_a_comma_keeps_the_village_apart_from_the_person():
    ids = _ids("In Ahmed, Mohammed Albayrak said the road was closed.")
    assert ids["Ahmed"] == "loc:ahmed"
    assert ids["Mohammed Albayrak"] == "per:mohammed-albayrak"
