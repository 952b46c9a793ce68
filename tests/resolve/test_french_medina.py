"""AFP's "la Médina de X" is X's old city (gloss lexicon, French: médina = المدينة القديمة),
not Medina and X."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("french_medina.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_medina_of_a_town_is_its_old_city(nz: Normalizer) -> None:
    links = link_map(nz, "The faithful prayed in the Médina de Qasr Tamim on Sunday.")
    assert links == {"Médina de Qasr Tamim": "loc:old-city-of-qasr-tamim"}


def test_medina_alone_is_still_medina(nz: Normalizer) -> None:
    assert link_map(nz, "Pilgrims flew to Médina on Sunday.")["Médina"] == "loc:medina"
