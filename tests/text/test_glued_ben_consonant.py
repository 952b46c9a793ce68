"""Glued forms read apart (normx/text/data/particles.yaml): "Ben" glued before a consonant
(Benhammedi = Bin Hammidi) as an alternative reading, with the Western names that only look
glued kept whole; and Salah al-Din glued with the article's vowel or doubled d alone
(Salahidin, Nourddin)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.compounds import latin_glued_compound
from normx.text.normalize import analyse_name


def _readings(name: str) -> set[str]:
    (tok,) = analyse_name(name)
    return {tok.form, *(alt for alt, _ in tok.alts)}


@pytest.mark.parametrize(
    "text,rest",
    [("Benhammedi", "hammedi"), ("Bensaid", "said"), ("Benzarti", "zarti"), ("Benhadj", "hadj")],
)
def test_ben_glued_before_a_consonant_is_an_alternative(text, rest):
    assert _readings(text) == {text.lower(), rest}


@pytest.mark.parametrize(
    "text", ["Benjamin", "Benson", "Bennett", "Bennani", "Benbella", "Benghazi", "Bentley"]
)
def test_names_that_only_look_glued_stay_whole(text):
    # a doubled n or a b after Ben, under four letters after it, or listed as not glued
    assert _readings(text) == {text.lower()}


def test_the_glued_spelling_finds_the_split_one():
    nz = Normalizer.from_records(
        [
            Record("per:benhammedi", "PER", "Mohammed Benhammedi"),
            Record("per:hamadi", "PER", "Mohamed Hamadi Bensalem"),
        ]
    )
    (cand, *_) = nz.match("Muhammad Bin Hammidi")
    assert cand.id == "per:benhammedi"


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
