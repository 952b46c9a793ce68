"""A loose match to a person says the name's words in the name's own order, even when it says
all of them (normx.resolve.word_agreement.person_words_agree): "Omrani Sadek" is not Saddek
Omrani, and "Kamal Mansour Issawi" holds no Issawi Mansour."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("person_word_order.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_words_in_the_names_order_link(nz: Normalizer) -> None:
    assert _links(nz, "Sadek Omrani told reporters the talks had failed.") == [
        ("Sadek Omrani", "per:saddek-omrani")
    ]


def test_the_same_words_the_other_way_round_are_another_man(nz: Normalizer) -> None:
    assert _links(nz, "Omrani Sadek told reporters the talks had failed.") == []


def test_no_reversed_namesake_inside_a_longer_name(nz: Normalizer) -> None:
    assert _links(nz, "Kamal Mansour Issawi told reporters the talks had failed.") == []
