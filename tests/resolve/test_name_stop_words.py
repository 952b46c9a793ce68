"""Stop words that are words of a name, and coordinated names said with a word more or less.

"International", "Security", "Political" and "Agreement" are stop words: at the start of a
sentence their capital says nothing. Inside a sentence, capitalised and held by some gazetteer
name, they are words of a name ("the International Federation ...", "the Security Council").
A name with its own "and" stays one name when the match pairs that "and" and every other word.
The gazetteer holds canonical names only, none of the texts' spellings.
"""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:ifrc",
        "ORG",
        "International Federation of Red Cross and Red Crescent Societies",
        "الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر",
    ),
    Record(
        "org:icrc",
        "ORG",
        "International Committee of the Red Cross",
        "اللجنة الدولية للصليب الأحمر",
    ),
    Record("org:lrc", "ORG", "Libyan Red Crescent", "الهلال الأحمر الليبي"),
    Record("org:unsc", "ORG", "United Nations Security Council", "مجلس الأمن الدولي"),
    Record("org:lpa", "ORG", "Libyan Political Agreement", "الاتفاق السياسي الليبي"),
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
]


_links = pairs_for(RECORDS)


def test_a_coordinated_name_with_a_word_less_is_one_mention():
    found = _links(
        "The International Federation of the Red Cross and Red Crescent appealed for aid."
    )
    assert found == [("International Federation of the Red Cross and Red Crescent", "org:ifrc")]


def test_two_names_joined_by_and_still_come_apart():
    found = _links(
        "Teams of the International Committee of the Red Cross and Libyan Red Crescent met."
    )
    assert ("International Committee of the Red Cross", "org:icrc") in found
    assert ("Libyan Red Crescent", "org:lrc") in found


def test_capitalised_stop_words_inside_a_sentence_are_name_words():
    found = _links(
        "He signed the Libyan Political Agreement, and the Security Council welcomed it."
    )
    assert ("Libyan Political Agreement", "org:lpa") in found
    assert ("Security Council", "org:unsc") in found


def test_a_stop_word_opening_a_sentence_is_no_name():
    found = _links("Security is poor, Haftar said. International observers left.")
    assert found == [("Haftar", "per:haftar")]
