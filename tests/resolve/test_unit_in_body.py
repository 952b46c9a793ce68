"""A unit named with the body it sits in is one name (normx.resolve.unit_in_body): "the
Civil Circuit in the Supreme Court" is the chamber, not the chamber and the court."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer
from normx.resolve.unit_in_body import names_body

GAZETTEER = Path(__file__).with_name("unit_in_body.yaml")
CHAMBER = "org:civil-chamber-supreme-court"


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_names_body() -> None:
    unit = (("دائره", "مدنيه", "بالمحكمه", "عليا"),)
    assert names_body(unit, (("محكمه", "عليا", "ليبيه"),))
    assert not names_body(unit, (("وزاره", "صحه"),))


def test_the_unit_in_its_body_is_one_mention(nz: Normalizer) -> None:
    links = link_map(nz, "The Civil Circuit in the Supreme Court ruled on Wednesday.")
    assert links == {"Civil Circuit in the Supreme Court": CHAMBER}


def test_another_body_after_in_stays_apart(nz: Normalizer) -> None:
    links = link_map(nz, "The Civil Circuit in the Audit Office was named on Wednesday.")
    assert links.get("Audit Office") == "org:audit-office-x"
