"""European name particles inside a capitalised name (von, van den, di ...) keep the name whole
(normx/detect/data/connectors.yaml), and a body's name before a person's title ("European
Council President Charles Michel") still links when the person's name after it does
(normx.resolve.title_before_name)."""

from pathlib import Path

import pytest
from link_pairs import mention_pairs as _mentions

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("name_particles.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_two_particles_stay_inside_the_name(nz: Normalizer):
    found = _mentions(nz, "The former minister Hans van den Broek said so on Monday.")
    assert ("Hans van den Broek", "per:hans-van-den-broek") in found
    assert not any(text == "Broek" for text, _ in found)


def test_one_particle_stays_inside_the_name(nz: Normalizer):
    found = _mentions(nz, "A speech by Richard von Weizsacker was quoted.")
    assert found == [("Richard von Weizsacker", "per:richard-von-weizsacker")]


def test_a_body_before_a_person_title_links_with_the_person(nz: Normalizer):
    found = _mentions(nz, "Officials met. European Council President Charles Michel traveled.")
    assert ("European Council", "org:european-council") in found
    assert ("Charles Michel", "per:charles-michel") in found


def test_a_title_that_ends_the_run_names_no_body(nz: Normalizer):
    # no name follows the title: the words are read as before (context only, no body)
    found = _mentions(nz, "Officials met. The European Council President said so.")
    assert ("European Council", "org:european-council") not in found
