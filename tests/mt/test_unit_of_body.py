"""A phrase that names the body a unit sits in is not the unit: "Supreme Military Court"
is no الدائرة العسكرية بالمحكمة العليا (the Supreme Court's military chamber), whose
head the phrase never renders (normx.mt.gloss.unit_of_the_body,
normx.resolve.foreign_frame)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("unit_of_body.yaml")
CHAMBER = "org:military-chamber-supreme-court"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_gloss_of_the_court_does_not_reach_its_chamber(nz: Normalizer) -> None:
    found = {c.id for c in nz.gloss_matcher.match("Supreme Military Court", top=10)}
    assert CHAMBER not in found


def test_the_chamber_by_its_own_head_still_links(nz: Normalizer) -> None:
    found = [c.id for c in nz.gloss_matcher.match("Military Circuit", top=3)]
    assert found[:1] == [CHAMBER]


def test_the_court_named_after_the_chamber_is_not_the_chamber(nz: Normalizer) -> None:
    links = link_map(
        nz,
        "The Military Circuit ruled in Tripoli on Sunday. The Supreme Military Court"
        " that the parliament founded met on Monday.",
    )
    assert links["Military Circuit"] == CHAMBER
    assert links.get("Supreme Military Court") != CHAMBER


def test_a_ministry_is_not_its_office(nz: Normalizer) -> None:
    found = {c.id for c in nz.gloss_matcher.match("Ministry of Health", top=10)}
    assert "org:media-office-ministry-of-health" not in found


def test_a_council_for_an_authority_is_no_unit_of_it() -> None:
    from normx.mt.gloss import _behind_preposition

    assert _behind_preposition("بالمحكمه", "المحكمه") and _behind_preposition("بوزاره", "وزاره")
    assert not _behind_preposition("للسلطه", "السلطه")  # "for": a body of its own
