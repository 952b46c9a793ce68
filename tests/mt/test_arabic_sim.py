"""The Arabic spelling similarity used for back-transliterated guesses: what a Latin spelling
cannot tell costs little, a real consonant difference costs a full edit."""

from __future__ import annotations

import pytest

from normx.mt.arabic_sim import distance, prepare, similarity, word_key


def sim(a: str, b: str) -> float:
    return similarity(prepare(a), prepare(b))


def test_identical_and_normalised_spellings_are_equal():
    assert sim("خالد", "خالد") == 1.0
    assert sim("مصراتة", "مصراته") == 1.0  # ة / ه merged by normalisation
    assert sim("أحمد", "احمد") == 1.0  # hamza on alef
    assert sim("حممود", "حمود") == 1.0  # a doubled letter is written once


def test_letters_latin_cannot_tell_apart_cost_a_quarter_edit():
    # ذ / د (Qadhafi / Qaddafi): 1 - 0.25 / 5 letters
    assert sim("قذافي", "قدافي") == pytest.approx(0.95)
    assert sim("طارق", "تارق") == pytest.approx(0.9375)  # ط / ت over 4 letters


def test_a_real_consonant_difference_costs_a_full_edit():
    # ش / ص is no spelling habit: Mishri is not Misri
    assert sim("مشري", "مصري") == pytest.approx(0.75)
    assert sim("قذافي", "قدافي") > sim("مشري", "مصري")


def test_long_vowels_and_glottals_are_optional_at_a_small_cost():
    assert sim("محمود", "محمد") == pytest.approx(1 - 0.4 / 5)  # و written or not
    assert sim("عابد", "عبد") == pytest.approx(1 - 0.4 / 4)  # Abed: ا written or not
    assert sim("عبد", "أبد") == pytest.approx(1 - 0.3 / 3)  # ع for ا


def test_neighbour_letters_swapped_cost_half_an_edit():
    assert distance(prepare("أكسن"), prepare("أكنس")) == pytest.approx(0.5)  # Aksen / Akens


def test_similarity_below_a_floor_may_stop_early_but_stays_below_it():
    exact = sim("بنغازي", "طرابلس")
    assert exact < 0.7
    assert similarity(prepare("بنغازي"), prepare("طرابلس"), 0.7) < 0.7


def test_word_key_merges_sound_classes_and_drops_weak_letters():
    assert word_key(prepare("محمود")) == word_key(prepare("محمد"))
    assert word_key(prepare("القذافي")) == word_key(prepare("الغدافي"))  # Libyan g for ق
    assert word_key(prepare("مشري")) != word_key(prepare("مصري"))
