"""A same-script match of a person's name none of whose words is spelled nearly as the
gazetteer spells it is likenesses only: no link (normx.resolve.word_agreement)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:salim-ashour", "PER", "Salim Ashour", "سليم عاشور"),
    Record("per:khalid-mishri", "PER", "Khalid Mishri", "خالد المشري"),
]


_links = pairs_for(RECORDS)


def test_two_words_each_only_resembling_the_name_link_no_one() -> None:
    found = _links("The prosecutor, Sallam Al-Sour, opened an inquiry on Monday.")
    assert not any(i == "per:salim-ashour" for _, i in found)


def test_one_word_spelled_nearly_so_keeps_the_match() -> None:
    # "Al-Shour" resembles Ashour (عاشور) with its sibilant; "Al-Sour" writes the other one,
    # another name (normx.resolve.sibilants)
    found = _links("The prosecutor, Salim Al-Shour, opened an inquiry on Monday.")
    assert ("Salim Al-Shour", "per:salim-ashour") in found


def test_every_word_a_vowel_apart_keeps_the_match() -> None:
    found = _links("The council head, Khaled Al-Meshri, spoke on Monday.")
    assert ("Khaled Al-Meshri", "per:khalid-mishri") in found
