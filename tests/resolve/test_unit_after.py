"""A lower-case "province" or "governorate" written after a place name says the unit
(normx.resolve.unit_of, heads.yaml ``unit_after``; session 30, articles-v37's "the Medenine
province and ... Tataouine province"): the unit named for the place, under either designator,
not the town. Other designators ("region", "district") say an area as often: no rule."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.resolve.designators import unit_after

GAZETTEER = Path(__file__).with_name("unit_after.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_data_lists_province_and_governorate() -> None:
    table = unit_after()
    assert table["province"][0] == "province" and "governorate" in table["province"]
    assert table["governorate"][0] == "governorate" and "province" in table["governorate"]
    assert "region" not in table and "district" not in table


def test_province_after_the_name_is_the_governorate(nz: Normalizer) -> None:
    links = link_map(nz, "The crackdown hit families in the Bir Hamdan province, traders said.")
    assert links.get("Bir Hamdan") == "loc:bir-hamdan-governorate"


def test_governorate_after_the_name_is_the_province(nz: Normalizer) -> None:
    links = link_map(nz, "Unemployment is high in neighboring Ras Ghazal governorate, he said.")
    assert links.get("Ras Ghazal") == "loc:ras-ghazal-province"


def test_the_bare_name_is_the_town(nz: Normalizer) -> None:
    links = link_map(nz, "The traders of Bir Hamdan closed their shops in Ras Ghazal.")
    assert links.get("Bir Hamdan") == "loc:bir-hamdan"
    assert links.get("Ras Ghazal") == "loc:ras-ghazal"


def test_a_region_after_the_name_is_not_the_unit(nz: Normalizer) -> None:
    links = link_map(nz, "Farmers in the Ain Tamra region said the wells ran dry.")
    assert links.get("Ain Tamra") == "loc:ain-tamra"
