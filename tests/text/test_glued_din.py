"""X al-Din glued with the article's vowel or doubled d alone (Salahidin, Nourddin) is read
apart (normx/text/data/particles.yaml, normx/text/compounds.py)."""

import pytest

from normx.text.compounds import latin_glued_compound


@pytest.mark.parametrize(
    "text,first", [("salahidin", "salah"), ("emadoddin", "emad"), ("nourddin", "nour")]
)
def test_din_glued_with_a_short_article(text, first):
    found = latin_glued_compound(text)
    assert found is not None and found[0] == first


@pytest.mark.parametrize(
    "text", ["aladdin", "haddadin", "mahadin", "abidin", "abidine", "tajmudin"]
)
def test_words_ending_in_din_that_are_no_compound(text):
    # the longest ending decides (Aladdin: -addin leaves "al"); a bare -din is no ending
    assert latin_glued_compound(text) is None
