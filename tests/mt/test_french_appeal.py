"""AFP's "Cour d'appel de X" is X's court of appeal (gloss lexicon, French: appel = استئناف),
not the town X."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("french_appeal.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_court_of_appeal_of_a_town(nz: Normalizer) -> None:
    links = link_map(nz, "Le candidat avait saisi la Cour d'appel de Zliten en décembre.")
    assert links == {"Cour d'appel de Zliten": "org:zliten-court-of-appeal"}
