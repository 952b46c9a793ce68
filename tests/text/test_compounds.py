"""Compound name parts (X Allah, X al-Din) are one token in both scripts, however written."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normx.text.compounds import arabic_glued_compound, latin_compound
from normx.text.normalize import analyse_name, core_tokens
from normx.text.phonetic import phonetic_key


def forms(text):
    return [t.form for t in core_tokens(analyse_name(text))]


def keys(text):
    return [t.key for t in core_tokens(analyse_name(text))]


@pytest.mark.parametrize(
    "text", ["Nasr Allah", "Nasrallah", "Nasr-Allah", "Nasr Ullah", "Nasrullah", "نصر الله"]
)
def test_allah_compounds_are_one_token_with_one_key(text):
    assert keys(text) == ["NSRL"]


@pytest.mark.parametrize(
    "text",
    ["Noureddine", "Nour Eddine", "Nour al-Din", "Nour ed-Din", "Nour el Dine", "Nur Uddin",
     "نور الدين", "نورالدين"],
)  # fmt: skip
def test_din_compounds_are_one_token_with_one_key(text):
    assert keys(text) == ["NRTN"]


def test_split_and_glued_latin_allah_give_the_same_form():
    assert forms("Fath Allah Mohamed") == forms("Fathallah Mohamed") == ["fathallah", "mohamed"]


def test_article_form_takes_the_joined_ending():
    # "Nour al-Din" reads as the French glued spelling, not as nour + al + din
    assert forms("Ghazi Nasr al Din") == ["ghazi", "nasreddin"]


def test_arabic_ta_marbuta_before_allah_is_a_t():
    # رحمة الله is said Rahmatullah: the construct state reads the ta marbuta as t
    assert keys("رحمة الله") == keys("Rahmatullah")


def test_compound_needs_a_name_part_before_it():
    # "Allah" opening a name, and a lone "al-Din", stay as they are
    assert forms("Allah Dad") == ["allah", "dad"]
    assert forms("al-Din") == ["din"]


def test_abd_allah_stays_an_abd_compound():
    assert forms("Abd Allah") == forms("Abdallah") == ["abd-lah"]
    assert forms("عبد الله") == ["abd-lh"]


def test_article_then_other_word_is_not_a_din_compound():
    assert forms("Nour al-Hamid") == ["nour", "hamid"]


def _joined(kind):
    return kind.joined if kind is not None else None


def test_latin_compound_lookup():
    assert _joined(latin_compound("ullah", after_article=False)) == "allah"
    assert _joined(latin_compound("eddine", after_article=False)) == "eddin"
    assert _joined(latin_compound("din", after_article=True)) == "eddin"
    assert latin_compound("din", after_article=False) is None  # "Din" alone is a name
    assert latin_compound("hamid", after_article=True) is None


def test_arabic_glued_compound_needs_a_first_part():
    found = arabic_glued_compound("نورالدين")
    assert found is not None and found[0] == "نور" and found[1].joined == "eddin"
    assert arabic_glued_compound("الدين") is None


# name parts that open with no particle (k...): "abd" + "allah" is the abd particle's
_NAME = st.text(alphabet="bdfhklmnrstz", min_size=2, max_size=6).map(lambda s: "ka" + s)


@given(_NAME, st.sampled_from(["allah", "ullah", "alla", "eddine", "uddin"]))
def test_split_second_word_equals_glued_spelling(first, second):
    # joined or written apart, a compound analyses to the same single token
    assert forms(f"{first} {second}") == forms(f"{first}{second}") == [first + second]


@given(_NAME)
def test_article_forms_of_din_share_one_key(first):
    expected = phonetic_key(first + "eddin")
    for text in (f"{first} al-Din", f"{first} ed-Din", f"{first} el Dine", f"{first} Eddine"):
        assert keys(text) == [expected]


def test_din_compound_keeps_its_first_part_as_a_reading():
    # Salah al-Din al-Namroush is also called Salah al-Namroush
    for text in ("Salah al-Din", "Salah Eddine"):
        (token,) = core_tokens(analyse_name(text))
        assert "salah" in {a for a, _ in token.alts}
    (token,) = core_tokens(analyse_name("صلاح الدين"))
    assert token.alts and token.alts[0][1] == phonetic_key("salah")


def test_allah_compound_has_no_short_reading():
    # Hassan Nasrallah is never Hassan Nasr
    (token,) = core_tokens(analyse_name("Nasr Allah"))
    assert not token.alts
