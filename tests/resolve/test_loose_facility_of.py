"""A name after "the airport of" that only resembles a town is read with its head: the
airport, not the town it looks like (normx.resolve.facility_of._loose_unheaded)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("loose_facility_of.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_lookalike_after_the_airport_of_is_the_airport(nz: Normalizer) -> None:
    text = "Flights will leave from the airport of Qarmadah in Wadi Amar."
    assert link_map(nz, text)["Qarmadah"] == "loc:qarmada-international-airport"


def test_without_the_head_the_lookalike_stays_the_town(nz: Normalizer) -> None:
    assert link_map(nz, "Residents of Qarmadah marched.")["Qarmadah"] == "loc:qarmada"
