"""A word of a name the document wrote in full before, which no gazetteer holds, is that
unknown name again, not a person the document names only later (normx.resolve.references)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("unknown_before.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_unknown_name_before_keeps_its_word(nz: Normalizer) -> None:
    text = (
        "The mayor Miftah Hamadi said the dome fell in Qasr Tamim. And Hamadi recalled the "
        "year 2012. Later Sheikh Ahmed Zarruq spoke."
    )
    links = link_map(nz, text)
    assert links.get("Hamadi") is None
    assert links["Ahmed Zarruq"] == "per:ahmad-zarruq"
