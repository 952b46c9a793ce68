"""A football body named without its sport: "the Egyptian Union" (الاتحاد المصري, short for
الاتحاد المصري لكرة القدم), "the Libyan Federation", "the Cup of the World" (session 30,
articles-v39). The sport's words (كرة القدم) are weak words of the gloss lexicon
(``normx/mt/data/gloss.yaml`` ``weak_arabic``): left unsaid they cost little, as the
adjectives a short form drops do; another sport said in the name (السلة) still counts. And
"national team" is منتخب in the gloss lexicon ("the National Team of Libya", منتخب ليبيا)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("sport_words.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_federation_by_its_country_alone(nz: Normalizer) -> None:
    links = link_map(nz, "The coach praised the organization of the Egyptian Union and the fans.")
    assert links.get("Egyptian Union") == "org:egyptian-football-association"


def test_the_frame_countrys_federation_by_its_country_alone(nz: Normalizer) -> None:
    links = link_map(nz, "The coach signed with the Libyan Federation a contract for two years.")
    assert links.get("Libyan Federation") == "org:libyan-football-federation"


def test_the_world_cup_word_for_word(nz: Normalizer) -> None:
    links = link_map(nz, "The team prepares for the qualifiers of the Cup of the World 2026.")
    assert links.get("Cup of the World") == "org:fifa-world-cup"


def test_the_african_union_is_still_the_union(nz: Normalizer) -> None:
    links = link_map(nz, "The African Union called for a ceasefire in Sudan.")
    assert links.get("African Union") == "org:african-union"


def test_another_sport_in_the_name_is_no_short_form(nz: Normalizer) -> None:
    gaz = [r for r in nz.records if r.id != "org:libyan-football-federation"]
    other = Normalizer.from_records(gaz)
    links = link_map(other, "The coach signed with the Libyan Federation a contract for two years.")
    assert links.get("Libyan Federation") != "org:libyan-basketball-federation"


def test_the_national_team_of_a_country_word_for_word(nz: Normalizer) -> None:
    # "national team" is منتخب (gloss lexicon); the team's name holds no word for "national"
    links = link_map(nz, "Misurata - The National Team of Libya for football began its camp.")
    assert links.get("National Team of Libya") == "org:libya-national-football-team"
    assert links.get("Libya") is None


def test_the_international_federation_is_fifa(nz: Normalizer) -> None:
    # the journalists' federation's English name keeps "International Federation" one span
    links = link_map(nz, "The International Federation had approved the matches of the team.")
    assert links.get("International Federation") == "org:fifa"
