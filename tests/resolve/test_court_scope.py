"""A court named without the word of reach or rank its record holds is another court
(normx.resolve.court_scope): "the Military Tribunal" of a town is no International Military
Tribunal, unless the document named that one first."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.resolve.court_scope import lacks_scope

GAZETTEER = Path(__file__).with_name("court_scope.yaml")
IMT = "org:international-military-tribunal-x"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_lacks_scope() -> None:
    assert lacks_scope("Criminal Court", "International Criminal Court")
    assert not lacks_scope("Criminal Court", "Criminal Court of Strelsau")
    assert not lacks_scope("Mitiga Airport", "Mitiga International Airport")  # no court


def test_a_local_court_is_not_the_international_one(nz: Normalizer) -> None:
    text = "The prosecution in Strelsau will refer the file to the Military Tribunal."
    links = link_map(nz, text)
    assert links.get("Military Tribunal") is None


def test_its_repeat_after_the_full_name_still_links(nz: Normalizer) -> None:
    links = link_map(
        nz,
        "The International Military Tribunal opened on Monday. Judges of the Military Tribunal"
        " heard the first witness.",
    )
    assert links["International Military Tribunal"] == IMT
    assert links["Military Tribunal"] == IMT
