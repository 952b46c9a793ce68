"""A person's name before "current"/"movement" names the current, not the person
(normx.resolve.movement_word)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("movement_word.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_founders_name_before_current_is_no_link_to_him(nz: Normalizer) -> None:
    text = "Salim al-Tamimi preached in Wadi Amar. The followers of the Tamimi current left."
    links = link_map(nz, text)
    assert links["Salim al-Tamimi"] == "per:salim-al-tamimi"
    assert links.get("Tamimi") is None


def test_the_surname_alone_still_links(nz: Normalizer) -> None:
    text = "Salim al-Tamimi preached in Wadi Amar. Tamimi said the current was strong."
    assert link_map(nz, text)["Tamimi"] == "per:salim-al-tamimi"


def test_a_place_before_movement_keeps_its_link(nz: Normalizer) -> None:
    assert link_map(nz, "The Wadi Amar movement marched.")["Wadi Amar"] == "loc:wadi-amar"


def test_the_founders_name_before_preachers_is_no_link_to_him(nz: Normalizer) -> None:
    # session 28 (articles-v41): "remove the Madkhali preachers from the pulpits"
    text = "Salim al-Tamimi preached in Wadi Amar. The council removed the Tamimi preachers."
    links = link_map(nz, text)
    assert links["Salim al-Tamimi"] == "per:salim-al-tamimi"
    assert links.get("Tamimi") is None
