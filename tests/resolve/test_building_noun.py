"""A place-of-worship noun left alone by a cut name is no name (normx.resolve.building_noun);
"the Holy Mosque" glosses to المسجد الحرام (gloss lexicon: holy, mosque)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("building_noun.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_holy_mosque_is_the_great_mosque(nz: Normalizer) -> None:
    links = link_map(nz, "Pilgrims from Qasr Tamim prayed near the Holy Mosque.")
    assert links["Holy Mosque"] == "loc:great-mosque-of-mecca"


@pytest.mark.parametrize(
    "text",
    [
        "Pilgrims from Qasr Tamim prayed in the Prophet's Mosque.",
        "The Great Mosque of Mecca was full. The Prophet's Mosque was full too.",
    ],
)
def test_a_lone_mosque_cut_from_its_name_links_nothing(nz: Normalizer, text: str) -> None:
    assert link_map(nz, text).get("Mosque") is None


def test_the_lodge_of_a_saint_is_not_the_town(nz: Normalizer) -> None:
    text = "Elders met in the Zawiya of Sidi Amar in Qasr Tamim."
    assert link_map(nz, text).get("Zawiya") is None
    assert link_map(nz, "Fighting broke out in Zawiya on Monday.")["Zawiya"] == "loc:zawiyat-amar"
