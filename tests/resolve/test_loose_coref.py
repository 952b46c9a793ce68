"""A lone word that spells an airport's own word is the airport, not a place the document
named earlier that it only resembles (normx.resolve.core_name.loose_coref)."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("loose_coref.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_the_own_word_beats_a_lookalike_antecedent(nz: Normalizer) -> None:
    text = "Pilgrims flew to Medina last week. The force in Mitiga did not comment."
    links = link_map(nz, text)
    assert links["Medina"] == "loc:medina"
    assert links["Mitiga"] == "loc:mitiga-international-airport"


def test_a_variant_spelling_of_the_antecedent_keeps_it(nz: Normalizer) -> None:
    text = "Pilgrims flew from Sabha last week. The force in Sebha did not comment."
    assert link_map(nz, text)["Sebha"] == "loc:sabha"
