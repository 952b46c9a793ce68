"""A French compass noun ("l'Est", "l'Ouest") is no name: no look-alike of it is linked
(normx.resolve.french_compass_word)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.resolve.french_compass_word import compass_noun

GAZETTEER = Path(__file__).with_name("french_compass.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_compass_nouns_with_and_without_the_article() -> None:
    assert compass_noun("Ouest") and compass_noun("l'Est") and compass_noun("l’Ouest")
    assert not compass_noun("Oust") and not compass_noun("Estonia")


def test_compass_nouns_link_no_lookalike(nz: Normalizer) -> None:
    text = (
        "La justice devient un champ de bataille entre l'Est et l'Ouest. "
        "Le ministre du gouvernement de l'Est a parlé. Ses enquêtes visent l'Est que l'Ouest."
    )
    assert {t: i for t, i in link_map(nz, text).items() if i is not None} == {}


def test_the_newspaper_by_its_name_still_links(nz: Normalizer) -> None:
    links = link_map(nz, "The newspaper Al-Wasit reported the ruling on Sunday.")
    assert links["Al-Wasit"] == "org:al-wasit-daily"


def test_a_record_spelled_so_still_links(nz: Normalizer) -> None:
    assert link_map(nz, "Les élus du Nord ont voté.")["Nord"] == "loc:nord-region"
