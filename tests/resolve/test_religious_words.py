"""The scripture and the lesser pilgrimage ("Quran", "Koran", "Umrah") are stop words: MT
writes them with a capital, and alone they must not reach a look-alike place or body; a name
that holds one is still found through the gazetteer."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("religious_words.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "text",
    [
        "The imams led the night of the completion of the Quran.",
        "A school for the memorization of the Koran opened.",
        "The House of Fatwa said that the Umrah is not a substitute for the obligation.",
    ],
)
def test_scripture_and_rite_alone_are_no_names(nz: Normalizer, text: str) -> None:
    assert not any(link_map(nz, text).values())


def test_a_name_holding_the_rite_is_still_found(nz: Normalizer) -> None:
    links = link_map(nz, "The Ministry of Pilgrimage and Umrah set the quota in Qurran.")
    assert links["Ministry of Pilgrimage and Umrah"] == "org:ministry-of-pilgrimage-and-umrah"
    assert links["Qurran"] == "loc:qurran"
