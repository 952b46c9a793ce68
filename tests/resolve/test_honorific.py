"""A place's name right after an honorific or a rank is a person's name
(normx.resolve.honorific): "Dr. Faisal" is no village Faisal."""

from pathlib import Path

import pytest
from link_pairs import linked_pairs as _links

from normx.api import Normalizer
from normx.resolve.honorific import after_honorific

GAZETTEER = Path(__file__).with_name("honorific.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


@pytest.mark.parametrize(
    "text",
    [
        "The road is open, Dr. Faisal said.",
        "The road is open, spokesman Fathi said.",
        "Spokesman Fathi said the road was open.",
        "Colonel Faisal said the road was open.",
    ],
)
def test_a_village_named_like_a_given_name_is_not_the_man(nz: Normalizer, text: str) -> None:
    assert _links(nz, text) == []


def test_the_village_without_a_title_is_the_village(nz: Normalizer) -> None:
    assert _links(nz, "Fighting reached Faisal on Monday.") == [("Faisal", "loc:faisal")]


def test_persons_and_bodies_after_a_rank_still_link(nz: Normalizer) -> None:
    assert _links(nz, "Dr. Salem Al-Warfali addressed the General National Congress.") == [
        ("Salem Al-Warfali", "per:salem-warfali"),
        ("General National Congress", "org:general-national-congress"),
    ]


def test_only_honorifics_and_ranks_count() -> None:
    assert after_honorific(("Dr.",)) and after_honorific(("Brigadier General", "Colonel"))
    assert not after_honorific(("former",)) and not after_honorific(())
