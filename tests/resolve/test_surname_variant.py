"""A variant spelling of a surname the document linked to a person follows the link.

"Dbeibah" alone links (loosely) to Abdul Hamid Dbeibah; a later "Al-Dbeiba", which the
matcher alone leaves under the threshold, is the same surname: the same person.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:dbeibah", "PER", "Abdul Hamid Dbeibah", "عبد الحميد الدبيبة"),
    Record("per:hamad", "PER", "Osama Hamad", "أسامة حماد"),
]


def test_a_surname_variant_follows_the_linked_surname() -> None:
    text = (
        "The prime minister Dbeibah said the bank must stay neutral. Later the government "
        "of Al-Dbeiba repeated it."
    )
    found = [(m.text, m.id) for m in Normalizer.from_records(RECORDS).canonicalize(text).mentions]
    assert ("Dbeibah", "per:dbeibah") in found
    assert ("Al-Dbeiba", "per:dbeibah") in found


def test_an_unrelated_word_does_not_follow_it() -> None:
    text = "Dbeibah said the bank must stay neutral. Later Hammouda repeated it."
    found = [(m.text, m.id) for m in Normalizer.from_records(RECORDS).canonicalize(text).mentions]
    assert all(i != "per:dbeibah" for t, i in found if t == "Hammouda")
