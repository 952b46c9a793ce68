"""A given name the data lists (normx/resolve/data/given_names.yaml) is a man's name before an
"al-" family name even when the gazetteer holds no person so named
(normx.resolve.given_name_pair). The gazetteer, ``given_names_data.yaml`` beside this file,
has villages named Imad and Haidar and no person."""

from __future__ import annotations

from pathlib import Path

from normx.api import Normalizer
from normx.resolve.given_name_pair import _given_names

GAZETTEER = Path(__file__).with_name("given_names_data.yaml")


def links(text: str) -> list[tuple[str, str | None]]:
    nz = Normalizer.load([GAZETTEER], defaults=False, use_cache=False)
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions if m.id is not None]


def test_the_data_lists_common_given_names_not_family_names() -> None:
    names = _given_names()
    assert {"khalid", "khaled", "mohammed", "imad", "abd-rahman"} <= names
    assert "abu" not in names and "haidar" not in names


def test_a_listed_given_name_before_al_is_no_village() -> None:
    assert links("The head of the council, Imad Al-Tarhouni, said the road was open.") == []


def test_the_listed_name_alone_still_names_the_village() -> None:
    assert ("Imad", "loc:imad") in links("The convoy reached Imad on Friday.")


def test_an_unlisted_word_that_no_person_bears_keeps_its_place() -> None:
    got = links("The head of the council, Haidar Al-Tarhouni, said the road was open.")
    assert ("Haidar", "loc:haidar") in got
