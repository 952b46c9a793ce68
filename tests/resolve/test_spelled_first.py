"""A lone word that a name spells in the text's script, tied with Arabic names whose
romanisation spells it too ("Waha": the Waha Oil Company, and واحة, "oasis", opening the
Arabic names of Ghawat and Siwa Oasis), links to the name of the text's script; two names of
the text's script that spell it stay a tie."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record

OASES = [
    Record("loc:ghawat", "LOC", "Ghawat", "واحة قاوت"),
    Record("loc:siwa-oasis", "LOC", "Siwa Oasis", "واحة سيوة"),
    Record("loc:jalu", "LOC", "Jalu", "جالو"),
]


def test_the_company_spelled_in_latin_wins_the_tie_with_arabic_oases():
    links = pairs_for([Record("org:waha", "ORG", "Waha Oil Company", "شركة الواحة للنفط"), *OASES])
    text = "They raised the production of Waha, whose fields lie around Jalu, rose last year."
    assert ("Waha", "org:waha") in links(text)


def test_two_latin_names_that_spell_the_word_stay_tied():
    links = pairs_for(
        [
            Record("org:waha", "ORG", "Waha Oil Company", "شركة الواحة للنفط"),
            Record("org:waha-bank", "ORG", "Waha Bank", "مصرف الواحة"),
            *OASES,
        ]
    )
    text = "They raised the production of Waha, whose fields lie around Jalu, rose last year."
    assert ("Waha", None) in links(text)
