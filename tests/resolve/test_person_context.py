"""A title says person: a surname is not cut out of a name and linked to a place by likeness."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:al-kharoba", "LOC", "Al Kharoba", "الخروبة"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]


def _linked(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_two_word_person_name_is_not_cut_to_link_its_surname_to_a_place():
    found = _linked("In Tripoli, deputy Jumaa Al-Gharbawi accused the bank.")
    assert ("Tripoli", "loc:tripoli") in found
    assert ("Jumaa Al-Gharbawi", None) in found
    assert all(i != "loc:al-kharoba" for _, i in found)


def test_a_place_reached_by_likeness_is_no_link_after_a_title():
    # the title inside the span (capitalised) and before it (lower case)
    assert ("Al-Gharbawi", None) in _linked("Then Minister Al-Gharbawi spoke.")
    assert ("Al-Gharbawi", None) in _linked("Then deputy Al-Gharbawi spoke.")


def test_without_a_title_the_likeness_still_links():
    # the same words with no title before them: the rule is the title's, not the spelling's
    assert ("Al-Gharbawi", "loc:al-kharoba") in _linked("Fighting broke out near Al-Gharbawi.")


def test_an_exact_place_name_after_a_title_still_links():
    assert ("Tripoli", "loc:tripoli") in _linked("The envoy Tripoli talks resumed.")
