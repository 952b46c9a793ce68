"""A Latin name against its Arabic spelling: unwritten short vowels, a final h and the
article's lam before a lam cost little, so right pairs clear the pair floor and beat the
wrong ones that share their consonant key."""

import pytest

from normx.match import align
from normx.match.similarity import (
    CROSS_SCRIPT_FACTOR,
    PAIR_FLOOR,
    cross_script_similarity,
    cross_sequence,
)
from normx.text.romanize import romanize


def _sim(latin: str, arabic: str) -> float:
    return cross_script_similarity(latin, romanize(arabic))


@pytest.mark.parametrize(
    "latin,arabic",
    [("salih", "صالح"), ("fatih", "فاتح"), ("fatimah", "فاطمة"), ("abdullah", "عبدالله")],
)
def test_right_pairs_clear_the_pair_floor_as_the_scorer_weighs_them(latin, arabic):
    # the scorer takes CROSS_SCRIPT_FACTOR of the alignment; Salih ~ صالح was 0.74 before
    assert CROSS_SCRIPT_FACTOR * _sim(latin, arabic) >= 0.78 > PAIR_FLOOR


def test_a_final_h_keeps_the_vowel_before_it_inside_the_word():
    # Salih is صالح with an unwritten i, not صاحلي with a moved h, nor سلاوي
    right = _sim("salih", "صالح")
    assert right > _sim("salih", "ساحلي")
    assert right > _sim("salih", "سلاوي")
    assert cross_sequence("salih").endswith(align.SILENT_END)
    # kh, sh, th... end in a consonant of their own class: no mark
    assert not cross_sequence("sheikh").endswith(align.SILENT_END)


def test_a_final_vowel_still_costs_more_than_an_inner_one():
    # a vowel at the end of the word is no unwritten short vowel: Hamdi is not حمد
    assert _sim("hamdi", "حمد") < _sim("hamid", "حامد")
    assert _sim("hamdi", "حمد") < _sim("ahmad", "أحمد")


def test_alignment_is_symmetric_across_the_pair():
    for latin, arabic in [("salih", "صالح"), ("abdullah", "عبدالله"), ("fatimah", "فاطمة")]:
        rom = romanize(arabic)
        assert cross_script_similarity(latin, rom) == cross_script_similarity(rom, latin)


def test_an_article_lam_before_a_lam_is_no_unwritten_vowel():
    # عبدالله is 'bd + al + lah: "ll" in English, not l-vowel-l
    with_vowel = cross_script_similarity("abdullah", "'bdal'lh")
    assert _sim("abdullah", "عبدالله") > with_vowel


@pytest.mark.parametrize(
    "latin,arabic",
    [("fazal", "فضل"), ("gamal", "جمال"), ("zakir", "ذاكر"), ("dahir", "ظاهر")],
)
def test_a_letter_written_in_a_near_class_still_pairs(latin, arabic):
    # ض read z (Urdu), ج read g (Egypt), ذ read z (Persian), ظ read d (Somali): one Arabic
    # letter, another English consonant class; below the pair floor before
    assert CROSS_SCRIPT_FACTOR * _sim(latin, arabic) > PAIR_FLOOR


def test_a_near_class_costs_more_than_the_same_class():
    assert _sim("fazal", "فضل") < _sim("fadal", "فضل")
    assert _sim("gamal", "جمال") < _sim("jamal", "جمال")
    # and consonants of unrelated classes still cost a whole unit: Kamal is not جمال
    assert CROSS_SCRIPT_FACTOR * _sim("bamal", "جمال") < PAIR_FLOOR


def test_near_classes_are_only_used_across_scripts():
    # two Latin spellings choose their letters: Kamal and Jamal are two names
    from normx.match.similarity import _aligned_above
    from normx.text.phonetic import class_sequence

    latin = _aligned_above(class_sequence("kamal"), class_sequence("jamal"), 1.0, -1.0, 0.0)
    assert latin == 1.0 - 1.0 / len(class_sequence("kamal"))
    # and across scripts t / s is no near class: Samer is not تامر
    assert CROSS_SCRIPT_FACTOR * _sim("samer", "تامر") < PAIR_FLOOR
