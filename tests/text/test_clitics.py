"""The Arabic proclitic lists (:mod:`normx.text.clitics`, data): the shapes the rules that read
them rely on. That each rule's constant is its data list is checked in test_word_data.py."""

from __future__ import annotations

from normx.text.clitics import BEFORE_WORD, IN_BODY, LETTERS, WITH_ARTICLE


def test_a_longer_clitic_is_tried_before_the_shorter_one_it_opens_with() -> None:
    # phrase_proper takes the first clitic a word opens with: "والانتخابات" is وال + انتخابات,
    # not و + الانتخابات read again
    for i, short in enumerate(BEFORE_WORD):
        assert not any(long.startswith(short) and long != short for long in BEFORE_WORD[i + 1 :])


def test_the_letters_are_single_and_the_article_stacks_end_in_the_article() -> None:
    assert all(len(c) == 1 for c in LETTERS)
    assert all(c.endswith("ال") or c == "لل" for c in WITH_ARTICLE)  # لل: ل + ال, alif dropped
    assert all(c[:1] in LETTERS for c in WITH_ARTICLE)


def test_in_body_is_the_preposition_b_only() -> None:
    # "in (the)" a body, never ل ("for"): a council *for* the judiciary is a body of its own
    assert IN_BODY[-1] == "ب" and all(c.startswith("ب") for c in IN_BODY)
