"""A lone family name a vowel apart from the last word of exactly one gazetteer person links
to him; a second bearer, a common name part or an unknown longer name the document wrote with
the word leaves it unlinked."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

PM = Record("per:abdul-hamid-dbeibeh", "PER", "Abdul Hamid Dbeibeh", "عبد الحميد الدبيبة")
TEXT = "The delegation had met the Dbeibah government in Tripoli before its arrival."


def _dbeibah(records: list[Record], text: str = TEXT) -> str | None:
    doc = Normalizer.from_records(records).canonicalize(text)
    found = [m for m in doc.mentions if m.text == "Dbeibah"]
    return found[0].id if found else None


def test_the_one_bearer_of_the_family_name():
    assert _dbeibah([PM]) == "per:abdul-hamid-dbeibeh"


def test_a_second_bearer_leaves_it_unlinked():
    # (the prime minister himself would take the word among his relatives: the family
    # bearers' list names him, tests/resolve/test_family_bearer.py; a man it does not list
    # has no such standing)
    other = Record("per:mustafa-dbeibeh", "PER", "Mustafa Dbeibeh", "مصطفى الدبيبة")
    cousin = Record("per:ali-dbeibah", "PER", "Ali Ibrahim Dbeibah", "علي إبراهيم الدبيبة")
    assert _dbeibah([other, cousin]) is None
    assert _dbeibah([PM, cousin]) == "per:abdul-hamid-dbeibeh"


def test_an_unknown_name_the_document_wrote_with_the_word():
    text = "The minister Othman Dbeibah said so, and later Dbeibah warned of diseases."
    assert _dbeibah([PM], text) is None
