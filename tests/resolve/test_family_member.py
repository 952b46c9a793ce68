"""A relative named by given name after a kin noun is the family's member of that name."""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:father", "PER", "Khalid Bensalem", "خالد بن سالم"),
    Record("per:son", "PER", "Mutassim Bensalem", "المعتصم بن سالم"),
    Record("per:other-mutassim", "PER", "Mutassim Haddad", "المعتصم حداد"),
]


_links = pairs_for(RECORDS)


def test_his_son_is_the_family_s_son() -> None:
    text = "Khalid Bensalem was killed on Thursday. His son Muatassim was also killed."
    assert ("Muatassim", "per:son") in _links(text)


def test_a_possessive_name_and_an_adjective() -> None:
    text = (
        "Khalid Bensalem fled. Several of Bensalem's relatives crossed, including his eldest "
        "son, Muatassim."
    )
    assert ("Muatassim", "per:son") in _links(text)


def test_without_a_kin_noun_a_given_name_stays_unlinked() -> None:
    text = "Khalid Bensalem was killed on Thursday. Muatassim was also killed."
    assert ("Muatassim", "per:son") not in _links(text)


def test_the_family_is_the_person_named_before() -> None:
    text = "Ali Haddad spoke on Thursday. His son Muatassim was also there."
    records = [*RECORDS, Record("per:ali-haddad", "PER", "Ali Haddad", "علي حداد")]
    doc = Normalizer.from_records(records).canonicalize(text)
    assert ("Muatassim", "per:other-mutassim") in [(m.text, m.id) for m in doc.mentions]


PLACES = [
    Record("per:father", "PER", "Khalid Bensalem", "خالد بن سالم"),
    Record("per:son", "PER", "Hamza Bensalem", "حمزة بن سالم"),
    Record("loc:village", "LOC", "Hamzah", "الحمزة"),
]


def _place_links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(PLACES).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_place_spelled_like_the_son_s_given_name_is_not_the_son() -> None:
    text = "Khalid Bensalem fled south. His relatives crossed too, including his son Hamza."
    found = _place_links(text)
    assert ("Hamza", "per:son") in found
    assert ("Hamza", "loc:village") not in found


def test_after_a_kin_noun_a_place_link_is_undone_even_without_a_family() -> None:
    text = "The convoy left at dawn, his son Hamza said."
    assert ("Hamza", "loc:village") not in _place_links(text)


def test_the_place_elsewhere_stays_linked() -> None:
    text = "Khalid Bensalem fled south through Hamza on Monday."
    assert ("Hamza", "loc:village") in _place_links(text)


def test_whose_sons_name_two_relatives_of_one_family() -> None:
    records = [*RECORDS, Record("per:brother", "PER", "Belgasem Bensalem", "بلقاسم بن سالم")]
    text = (
        "Khalid Bensalem spoke on Thursday. The east is held by Bensalem, whose sons Muatassim "
        "and Belgacem hold key posts."
    )
    got = pairs_for(records)(text)
    assert ("Muatassim", "per:son") in got
    assert ("Belgacem", "per:brother") in got  # the second son, after "and": the same family


def test_a_name_after_and_without_a_kin_noun_stays_unlinked() -> None:
    text = "Khalid Bensalem spoke on Thursday. He met Haddad and Muatassim."
    assert ("Muatassim", "per:son") not in _links(text)
