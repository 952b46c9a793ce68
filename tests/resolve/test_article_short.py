"""A lone word with the Arabic article ("Al-Qamar") is the body the document named in full with
that word written in its name; not one whose Arabic name alone holds it
(normx.resolve.article_short)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("article_short.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def _ids(nz: Normalizer, text: str, word: str) -> list[str | None]:
    return [m.id for m in nz.canonicalize(text).mentions if m.text == word]


def test_short_name_after_the_full_one(nz: Normalizer) -> None:
    text = "Al-Qamar Northtown won the final on Friday. Later, Al-Qamar said the title was fair."
    assert link_map(nz, text)["Al-Qamar Northtown"] == "org:al-qamar-sc-northtown"
    assert _ids(nz, text, "Al-Qamar") == ["org:al-qamar-sc-northtown"]


def test_short_name_in_a_headline_before_the_full_one(nz: Normalizer) -> None:
    text = "Al-Qamar crowned champion\n\nThe team of Al-Qamar Northtown won the final on Friday."
    assert _ids(nz, text, "Al-Qamar") == ["org:al-qamar-sc-northtown"]


def test_a_candidate_club_before_a_nearer_look_alike(nz: Normalizer) -> None:
    # Al-Qamri Westfield is nearer and spelled alike, but "Al-Qamar" is no name of it
    text = (
        "Al-Qamar Northtown beat Al-Qamri Westfield on Friday. "
        "Then the fans of Al-Qamar celebrated in the streets."
    )
    assert _ids(nz, text, "Al-Qamar") == ["org:al-qamar-sc-northtown"]


def test_a_word_of_the_arabic_name_only_is_no_short_name(nz: Normalizer) -> None:
    # الاتحاد is a word of the federation's Arabic name, not of its English one
    text = "The Northland Football Federation met on Friday. Al-Ittihad won its match."
    assert "org:northland-football-federation" not in _ids(nz, text, "Al-Ittihad")


def test_without_the_article_a_bare_word_names_no_body(nz: Normalizer) -> None:
    text = "Al-Qamar Northtown won the final on Friday. Qamar said the title was fair."
    assert "org:al-qamar-sc-northtown" not in _ids(nz, text, "Qamar")
