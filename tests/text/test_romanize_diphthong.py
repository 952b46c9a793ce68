"""Spelling readings of session 11: an ع before ي / و as the diphthong's a, and طه's said h."""

import pytest

from normx.match.score import token_similarity
from normx.text.normalize import analyse_name, core_tokens
from normx.text.romanize import romanize, spelling_readings


@pytest.mark.parametrize(
    ("arabic", "expected"),
    [
        ("عين", "ain"),  # Ain, Ayn
        ("عيد", "aid"),  # Eid
        ("عياد", "aiad"),  # Ayad, Ayyad
        ("سعيد", "said"),  # Said, Saeed: the ayn inside a word too
        ("عويس", "auis"),  # Aweys, Owais
        ("طه", "t·ha"),  # Taha: the separator keeps t + h from reading as the digraph th
    ],
)
def test_spelling_readings_include(arabic, expected):
    assert expected in spelling_readings(arabic)


@pytest.mark.parametrize("arabic", ["علي", "عمر", "عبد", "ربيع"])
def test_an_ayn_before_a_consonant_or_at_the_end_keeps_its_one_reading(arabic):
    assert spelling_readings(arabic) == ()


@pytest.mark.parametrize("arabic", ["شاه", "وه", "يه"])
def test_a_two_letter_word_gets_no_said_h_after_a_vowel_letter(arabic):
    assert not any(form.endswith("ha") for form in spelling_readings(arabic))


def test_the_usual_romanisation_is_unchanged():
    assert romanize("عين") == "'in"
    assert romanize("طه") == "t·h"


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [("Ain", "عين"), ("Ayn", "عين"), ("Ayad", "عياد"), ("Aweys", "عويس"), ("Taha", "طه")],
)
def test_usual_english_spellings_pair_with_these_arabic_spellings(latin, arabic):
    # 0.72 (Ain, Ayn), 0.79 (Ayad, Aweys) and 0.53 (Taha) before these readings
    (q,) = core_tokens(analyse_name(latin))
    (n,) = core_tokens(analyse_name(arabic))
    assert token_similarity(q, n, cross_script=True)[0] >= 0.85


@pytest.mark.parametrize(("latin", "arabic"), [("Iyad", "إياد"), ("Iyad", "عياد"), ("Ali", "علي")])
def test_names_already_read_well_keep_their_similarity(latin, arabic):
    (q,) = core_tokens(analyse_name(latin))
    (n,) = core_tokens(analyse_name(arabic))
    assert token_similarity(q, n, cross_script=True)[0] >= 0.9


def test_the_persian_ye_is_a_glide_too():
    # سعید (Persian ی) reads as سعيد does: a namesake written with ي must not outrank it
    assert "said" in spelling_readings("سعید")
