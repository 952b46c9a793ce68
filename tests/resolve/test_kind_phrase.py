"""A lower-case phrase names a body only by its whole name: a phrase that spells a few words of
a longer name ("municipal council"), or glosses a name all but its country ("central bank" for
مصرف ليبيا المركزي), names a kind of body; the country given by the word before ("Libyan coast
guard") or a left-out word that names no country ("reconciliation government") still links."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.kind_phrase import country_of, place_words

RECORDS = [
    Record(
        "org:ccmce",
        "ORG",
        "Central Committee for Municipal Council Elections",
        "اللجنة المركزية لانتخابات المجالس البلدية",
    ),
    Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
    Record("org:lcg", "ORG", "Libyan Coast Guard", "خفر السواحل الليبي"),
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
]


_links = pairs_for(RECORDS, linked_only=True)


def test_a_phrase_spelling_part_of_a_long_name_is_no_mention_of_it():
    text = (
        "Voters chose a new municipal council in Zawiya. The former head of the central "
        "committee spoke to the channel."
    )
    assert _links(text) == []


def test_a_phrase_glossing_a_name_but_its_country_names_the_kind():
    assert _links("Ben Gdara, a former central bank governor, was appointed.") == []
    assert _links("Italy would train and equip the coast guard.") == []


def test_the_country_said_before_the_phrase_or_a_weak_word_left_out_still_links():
    assert _links("The commander of a Libyan coast guard unit was listed.") == [
        ("coast guard", "org:lcg")
    ]
    assert _links("Mercenaries fight alongside the reconciliation government.") == [
        ("reconciliation government", "org:gna")
    ]


def test_the_same_phrase_after_another_word_is_judged_again():
    # the span cache keys a phrase by the word before it as well
    text = "Italy would equip the coast guard. A Libyan coast guard boat sank."
    assert _links(text) == [("coast guard", "org:lcg")]


def test_country_words_come_from_the_gloss_lexicon():
    words = place_words()
    assert {"ليبيا", "ليبي"} <= words
    assert "وطني" not in words  # National: an adjective that tells no body apart
    assert "ليبي" in country_of("libyan")
    assert country_of("national") == frozenset()


def test_a_phrase_glossing_a_name_but_its_number_names_the_kind():
    # Arabic-only records: only the gloss route reaches them
    numbered = Record("org:jc", "ORG", None, "اللجنة المشتركة 7+7")
    unnumbered = Record("org:jc", "ORG", None, "اللجنة المشتركة")
    text = "He said the joint committee would meet on Monday."
    for record, linked in ((numbered, []), (unnumbered, [("joint committee", "org:jc")])):
        doc = Normalizer.from_records([record]).canonicalize(text)
        assert [(m.text, m.id) for m in doc.mentions if m.id is not None] == linked
