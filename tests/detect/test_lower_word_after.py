"""lower_word_after: the lower-case noun right after a name, read one way by every rule."""

from normx.detect.tokens import lower_word_after


def test_the_lower_case_word_after_a_name_on_the_same_line():
    text = "held in the Ain Zara prison, then moved"
    assert lower_word_after(text, text.index(" prison")) == "prison"


def test_a_capital_a_digit_punctuation_or_a_line_break_first_is_no_such_word():
    assert lower_word_after("the Jufra District", len("the Jufra")) is None
    assert lower_word_after("Sirte 2011", len("Sirte")) is None
    assert lower_word_after("Sirte, where", len("Sirte")) is None
    assert lower_word_after("Sirte\nwhere", len("Sirte")) is None


def test_a_word_running_into_accented_letters_is_not_cut_short():
    # "forc" is no word of "forcés": the pattern needs a word boundary after the letters
    assert lower_word_after("Saeqa forcés", len("Saeqa")) is None
