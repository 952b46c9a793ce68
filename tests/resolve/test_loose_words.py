"""A place or body matched loosely where only a generic word is spelled alike and every other
word pairs weakly says only the kind of place (normx.resolve.loose_words): "Kasselle airport"
is an airport, not the Kamal Al-Rashid Airport its first word faintly resembles."""

from __future__ import annotations

from pathlib import Path

import pytest

from normx.api import Normalizer
from normx.match.candidate import Candidate
from normx.resolve.loose_words import only_the_kind_agrees

GAZETTEER = Path(__file__).with_name("loose_words.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _mentions(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def test_only_the_head_spelled_alike_is_no_link(nz: Normalizer) -> None:
    # the matcher finds it above the threshold: "airport" spelled, "kasselle" ~ "kamal" 0.76
    (cand,) = nz.match("Kasselle airport", min_score=0.75)
    assert cand.id == "loc:kamal-al-rashid-airport"
    assert _mentions(nz, "Flights landed at the Kasselle airport on Monday.") == [
        ("Kasselle", None)
    ]


def test_a_close_distinctive_word_still_links(nz: Normalizer) -> None:
    assert _mentions(nz, "Flights landed at the Kamel airport on Monday.") == [
        ("Kamel airport", "loc:kamal-al-rashid-airport")
    ]


def _cand(type_: str, method: str, *pairs: tuple[str, float]) -> Candidate:
    ex = {"pairs": [{"query": q, "name": q, "sim": s} for q, s in pairs]}
    return Candidate("x:1", "X", type_, 0.8, "X", method, ex)


GENERIC = frozenset({"airport", "council", "of"})


def test_only_the_kind_agrees() -> None:
    assert only_the_kind_agrees(_cand("LOC", "fuzzy", ("airport", 1.0), ("caselle", 0.76)), GENERIC)
    assert only_the_kind_agrees(_cand("ORG", "phonetic", ("council", 1.0), ("xy", 0.7)), GENERIC)
    # a distinctive word paired well, or spelled: agrees
    assert not only_the_kind_agrees(
        _cand("LOC", "fuzzy", ("airport", 1.0), ("kamel", 0.95)), GENERIC
    )
    assert not only_the_kind_agrees(_cand("LOC", "fuzzy", ("benina", 1.0), ("x", 0.5)), GENERIC)
    # no generic word spelled alike, a person, or a match that is not loose: not judged
    assert not only_the_kind_agrees(_cand("LOC", "fuzzy", ("airport", 0.9), ("x", 0.7)), GENERIC)
    assert not only_the_kind_agrees(_cand("PER", "fuzzy", ("airport", 1.0), ("x", 0.7)), GENERIC)
    assert not only_the_kind_agrees(_cand("LOC", "gloss", ("airport", 1.0), ("x", 0.7)), GENERIC)
    # only generic words: nothing distinctive said, so nothing contradicted
    assert not only_the_kind_agrees(_cand("ORG", "fuzzy", ("council", 1.0), ("of", 1.0)), GENERIC)
