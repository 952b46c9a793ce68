"""A place word with its long vowel written doubled ("Beneena" for Benina, بنينا; session 30,
articles-v39's "the stadium of Shuhada Beneena"): the gloss matcher reads it as the place
spelled with one letter (``long_vowels`` of ``normx/text/data/letters.yaml``) when the
spelling as written names no place, so the transliterated name is glossed whole."""

from pathlib import Path

import pytest
from link_pairs import link_map

from normx.api import Normalizer

GAZETTEER = Path(__file__).with_name("long_vowels.yaml")


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.load([GAZETTEER], defaults=False, use_cache=False)


def test_a_doubled_long_vowel_is_the_place(nz: Normalizer) -> None:
    links = link_map(nz, "Al-Nasr played its match in the stadium of Shuhada Saneena on Friday.")
    assert links.get("Shuhada Saneena") == "loc:martyrs-of-sanina-stadium"


def test_the_single_letter_spelling_still_links(nz: Normalizer) -> None:
    links = link_map(nz, "Al-Nasr played its match in the stadium of Shuhada Sanina on Friday.")
    assert links.get("Shuhada Sanina") == "loc:martyrs-of-sanina-stadium"
