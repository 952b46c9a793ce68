"""A bare word loosely like a place the document never names, with the consonants of a
surname the document wrote for a person, is that person (normx.resolve.surname_over_place)."""

from link_pairs import pairs_for

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent, query_tokens
from normx.resolve.surname_over_place import written_with_same_consonants

RECORDS = [
    Record("per:hamid", "PER", "Hamid Ghariani", "حامد الغرياني"),
    Record("loc:gharyani", "LOC", "Gharyani", "قرية الغرياني"),
]


_links = pairs_for(RECORDS)


def test_the_person_just_named_outranks_a_village_spelled_a_little_closer() -> None:
    text = (
        "The envoy met Hamid Al-Ghariani in the capital on Monday. Later, Al-Ghiryani said "
        "the talks would go on."
    )
    assert ("Al-Ghiryani", "per:hamid") in _links(text)


def test_a_place_the_document_names_elsewhere_keeps_the_closer_spelling() -> None:
    text = (
        "The envoy met Hamid Al-Ghariani in the capital on Monday. He then drove to "
        "Gharyani. Later, Al-Ghiryani was quiet."
    )
    assert ("Al-Ghiryani", "loc:gharyani") in _links(text)


def test_same_consonants_means_same_key_and_article_and_alike() -> None:
    cand = Candidate("per:hamid", "Hamid Ghariani", "PER", 1.0, "Hamid Ghariani", "exact", {})
    ante = Antecedent(0, cand, "Hamid Al-Ghariani", (), query_tokens(["hamid", "ghariani"]))
    assert written_with_same_consonants(ante, "ghiryani")
    assert not written_with_same_consonants(ante, "gharbi")  # other consonants
