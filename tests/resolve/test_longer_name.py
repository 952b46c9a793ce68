"""A person's name written with one more unknown name word than a gazetteer person's is
someone else's (normx.resolve.longer_name): "Tamer Ahmed Omar" is no mention of Ahmed Omar,
when "Tamer" is a name part some gazetteer person bears."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs as _mentions

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("longer_name.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_word_before_the_name_makes_another_person(nz: Normalizer):
    found = _mentions(nz, "The statement was read by the mayor, Tamer Ahmed Omar, on Sunday.")
    assert ("Tamer Ahmed Omar", None) in found
    assert all(mid != "per:ahmed-omar" for _, mid in found)


def test_a_word_after_the_name_makes_another_person(nz: Normalizer):
    found = _mentions(nz, "The deputy, Khalil Ibrahim Masoud, called on the council.")
    assert ("Khalil Ibrahim Masoud", None) in found
    assert all(mid != "per:khalil-ibrahim" for _, mid in found)


def test_the_bare_name_still_links(nz: Normalizer):
    found = _mentions(nz, "The deputy, Khalil Ibrahim, called on the council.")
    assert ("Khalil Ibrahim", "per:khalil-ibrahim") in found


def test_a_title_or_acronym_before_the_name_is_no_name_word(nz: Normalizer):
    assert ("Ahmed Omar", "per:ahmed-omar") in _mentions(nz, "Minister Ahmed Omar spoke.")
    assert ("Ahmed Omar", "per:ahmed-omar") in _mentions(nz, "The GNU Ahmed Omar spoke.")


def test_an_english_word_before_the_name_is_no_name_word(nz: Normalizer):
    # no gazetteer person bears "Counsellor" or "Spaniard": a translation's capitalised words
    assert ("Ahmed Omar", "per:ahmed-omar") in _mentions(nz, "Counsellor Ahmed Omar spoke.")
    assert ("Ahmed Omar", "per:ahmed-omar") in _mentions(nz, "The Spaniard Ahmed Omar spoke.")


def test_a_word_of_the_persons_own_names_is_his(nz: Normalizer):
    found = _mentions(nz, "The envoy Mukhtar Saleh Jaber arrived.")
    assert ("Mukhtar Saleh Jaber", "per:mukhtar-saleh-jaber") in found
