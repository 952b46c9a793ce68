"""A kingdom's airline said with "Royal" and its kind: "Royal" glosses الملكية (Royal
Jordanian, الملكية الأردنية), and "Airlines" is a kind of firm the airline's own Arabic name may
leave unsaid (the gloss lexicon's ``unsaid_kinds``: running text writes الخطوط الملكية الأردنية,
the title الملكية الأردنية). "Kingdom" is not glossed الملكية: MT's "the Kingdom of Jordan
Airlines" (articles-v49) stays unlinked, since "the Jordanian Kingdom" is the country
(session 30, h-rest)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("royal_airline.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_royal_with_a_demonym_and_airlines(nz: Normalizer) -> None:
    links = link_map(nz, "The Royal Moroccan Airlines resumed its flights to Benghazi.")
    assert links["Royal Moroccan Airlines"] == "org:royal-air-maroc"


def test_airlines_left_unsaid_by_the_airline_name(nz: Normalizer) -> None:
    links = link_map(nz, "The Royal Jordanian Airlines resumed its flights to Benghazi.")
    assert links["Royal Jordanian Airlines"] == "org:royal-jordanian"


def test_the_kingdom_is_the_country_not_the_airline(nz: Normalizer) -> None:
    links = link_map(nz, "The Jordanian Kingdom sent aid to Benghazi on Monday.")
    assert links.get("Jordanian Kingdom") != "org:royal-jordanian"
