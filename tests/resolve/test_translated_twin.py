"""A body's Arabic name translated word for word ("the Union Club", نادي الاتحاد) is the body
the document links under another form (normx.resolve.translated_twin)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.gazetteer.schema import Record

GAZETTEER = Path(__file__).with_name("translated_twin.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_translated_name_of_a_linked_club(nz: Normalizer) -> None:
    text = (
        "Al-Ittihad Club of Northtown won the final on Friday. "
        "The fans of the Union Club celebrated in Northtown."
    )
    links = link_map(nz, text)
    assert links["Al-Ittihad Club"] == "org:al-ittihad-club-northtown"
    assert links["Union Club"] == "org:al-ittihad-club-northtown"


def test_no_linked_twin_no_link(nz: Normalizer) -> None:
    # two clubs have that whole name and the document links neither: nothing says which
    text = "The fans of the Union Club celebrated in Northtown."
    assert link_map(nz, text).get("Union Club") is None


def test_a_phrase_that_is_not_the_whole_name(nz: Normalizer) -> None:
    # "Union" alone renders only a word of نادي القمر's neighbour; "Club" alone is a kind
    text = "Al-Qamar SC won on Friday. The fans of the Union celebrated in Northtown."
    assert "org:al-qamar-sc" not in {v for k, v in link_map(nz, text).items() if k != "Al-Qamar SC"}


def test_a_phrase_with_a_word_of_its_own_is_left_to_the_matcher() -> None:
    # "Local Government" is no generic word: the matcher read the phrase, and a rule that
    # unlinked it (the rival government's ministry) is not undone by the linked twin
    nz = Normalizer.from_records([Record("org:mlg", "ORG", None, "وزارة الحكم المحلي")])
    text = (
        "The Ministry of Local Government of the eastern government denied it. In Tripoli, "
        "the Ministry of Local Government said the salaries were paid."
    )
    ids = [m.id for m in nz.canonicalize(text).mentions]
    assert ids.count("org:mlg") == 1


def test_a_sentence_opening_the_stays_out_of_the_phrase(nz: Normalizer) -> None:
    # the gloss skips "The", so the phrase read the same with it: the mention took it
    text = (
        "Al-Ittihad Club of Northtown won the final on Friday. "
        "The Union Club fans celebrated in Northtown."
    )
    links = link_map(nz, text)
    assert links["Union Club"] == "org:al-ittihad-club-northtown"
    assert "The Union Club" not in links
