"""The French adjective of commerce after a bank's head ("Banque commerciale nationale") is a
word of the name: the name reaches a bank the gazetteer holds under its Arabic name only, and
"Banque" alone is no reference to another bank the sentence named before it."""

from link_pairs import linked_pairs

from normx.api import Normalizer
from normx.gazetteer.schema import Record

# a hand-written gazetteer: two banks held under Arabic names only
RECORDS = [
    Record("org:trade-bank", "ORG", None, "المصرف التجاري الوطني"),
    Record("org:dune-bank", "ORG", None, "مصرف الكثبان"),
]


def test_banque_commerciale_nationale_reaches_its_arabic_name():
    text = "The auditors named the Banque commerciale nationale on Monday."
    assert linked_pairs(Normalizer.from_records(RECORDS), text) == [
        ("Banque commerciale nationale", "org:trade-bank")
    ]


def test_banque_after_another_bank_is_the_whole_french_name():
    text = "The auditors named the Banque des dunes, the Banque commerciale nationale and others."
    pairs = linked_pairs(Normalizer.from_records(RECORDS), text)
    assert ("Banque commerciale nationale", "org:trade-bank") in pairs
    assert ("Banque", "org:dune-bank") not in pairs
