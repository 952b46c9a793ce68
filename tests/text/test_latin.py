"""Each folding step of normx.text.latin, one test per step."""

from hypothesis import given
from hypothesis import strategies as st

from normx.text.latin import fold, split_words


def test_nfkc_turns_compatibility_forms_into_plain_letters():
    assert fold("Ｈａｆｔａｒ") == "haftar"
    assert fold("ﬁ") == "fi"


def test_case_folding():
    assert fold("HAFTAR") == "haftar"
    assert fold("Straße") == "strasse"


def test_letters_that_do_not_decompose_are_mapped():
    assert fold("Kılıçdaroğlu") == "kilicdaroglu"
    assert fold("Søren Łukasz") == "soren lukasz"


def test_transliteration_letters_keep_their_consonant():
    # DIN 31635 ǧ/ḫ, Esperanto ĝ/ĥ, Berber ɣ: dropping the mark would give another consonant
    assert fold("Ǧamāl Ḫalīfa") == "jamal khalifa"
    assert fold("Aĝdabija Ĥums") == "ajdabija khums"
    assert fold("Ɣeryan ɣdames") == "gheryan ghdames"
    assert fold("Əsbiyyə") == "asbiyya"


def test_diacritics_are_removed():
    assert fold("Adnan Özbal") == "adnan ozbal"
    assert fold("Yaşar Güler") == "yasar guler"
    assert fold("Ṣalāḥ") == "salah"


def test_apostrophes_and_ayn_hamza_marks_are_removed():
    for text in ["Mu'ammar", "Muʿammar", "Mu’ammar", "Mu`ammar", "Muʾammar"]:
        assert fold(text) == "muammar", text


def test_hyphens_are_kept_for_the_tokenizer():
    assert fold("al-Mishri") == "al-mishri"


def test_split_words_keeps_hyphen_parts_together():
    assert split_words(fold("Abd al-Hamid (Dbeibah), Haftar's")) == [
        ["abd"],
        ["al", "hamid"],
        ["dbeibah"],
        ["haftars"],
    ]


def test_fold_of_empty_is_empty():
    assert fold("") == ""


@given(st.text())
def test_fold_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_output_has_no_uppercase_or_apostrophes(text):
    out = fold(text)
    assert out == out.casefold() or not out.isascii()
    assert "'" not in out and "’" not in out
