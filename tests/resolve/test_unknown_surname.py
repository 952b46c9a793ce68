"""A lone word that ends a name the document wrote in full, and no gazetteer holds, is that
unknown name again: not a look-alike the matcher reaches by one word (normx.resolve.pipeline)."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:al-qawasim", "LOC", None, "القواسم"),  # a village known by its Arabic name only
    Record("loc:zuwara", "LOC", "Zuwara", "زوارة"),
    Record("per:hulusi-akar", "PER", "Hulusi Akar", "خلوصي أكار"),
]


_links = pairs_for(RECORDS)


def test_the_surname_of_an_unknown_person_stays_unknown():
    text = (
        "Navy spokesman Ayoub Qawassem said the boat left Zuwara at night. "
        "The crew was arrested, Qawassem added."
    )
    links = _links(text)
    assert ("Qawassem", None) in links and ("Qawassem", "loc:al-qawasim") not in links
    assert ("Zuwara", "loc:zuwara") in links


def test_a_lone_word_with_no_unknown_name_before_it_is_matched_as_before():
    # the same word, with no full name written before it, still reaches the village (0.83
    # across scripts; "Qassem", قاسم, a name of its own, resembles القواسم only by chance,
    # 0.79, and no longer links: normx.resolve.decision.lone_word_by_chance)
    assert ("Qawassem", "loc:al-qawasim") in _links("Fighting reached Qawassem on Monday.")


def test_the_surname_is_compared_as_a_name_word_and_a_surname_only_link_yields_too():
    # "Abdel Jalil" and "Abduljalil" are one name word; the lone word would otherwise link,
    # as a bare surname, to the gazetteer's Mustafa Abdul Jalil
    records = [*RECORDS, Record("per:mustafa-abdul-jalil", "PER", "Mustafa Abdul Jalil", None)]
    nz = Normalizer.from_records(records)
    text = (
        "The health minister, Othman Abdel Jalil, announced the vaccination of rescuers, "
        "and Abduljalil warned of diseases."
    )
    links = [(m.text, m.id) for m in nz.canonicalize(text).mentions]
    assert ("Abduljalil", None) in links
    alone = [(m.text, m.id) for m in nz.canonicalize("Later, Abduljalil spoke.").mentions]
    assert ("Abduljalil", "per:mustafa-abdul-jalil") in alone
