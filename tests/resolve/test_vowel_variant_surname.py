"""A bare surname spelling a village's whole name, with other vowels than the person's.

The document names a person in full ("Omar Al-Haddad") and later writes his surname with
other short vowels ("Al-Heddad"), which is exactly some village's alias: the person the
document named outranks the village it never did.
"""

from link_pairs import pairs_for

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:omar-al-haddad", "PER", "Omar al-Haddad", "عمر الحداد"),
    Record("loc:alhaddad", "LOC", "Alhaddad", "الحداد", aliases_en=("Al Heddad",)),
]


_links = pairs_for(RECORDS)


def test_the_named_person_outranks_the_village_spelled_exactly() -> None:
    text = "Omar Al-Haddad arrived on Monday. Parliament backed the plan that Al-Heddad proposed."
    assert ("Al-Heddad", "per:omar-al-haddad") in _links(text)


def test_without_the_person_the_village_stands() -> None:
    text = "Parliament backed the plan drawn up in Al-Heddad on Monday."
    assert ("Al-Heddad", "loc:alhaddad") in _links(text)


def test_other_consonants_do_not_count() -> None:
    text = "Omar Al-Haddad arrived on Monday. Parliament backed the plan drawn up in Al-Heddam."
    records = [*RECORDS, Record("loc:alhiddam", "LOC", "Al Heddam", "الهدام")]
    doc = Normalizer.from_records(records).canonicalize(text)
    assert ("Al-Heddam", "loc:alhiddam") in [(m.text, m.id) for m in doc.mentions]
