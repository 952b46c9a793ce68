"""A place in the possessive before a body named for it is a word of the body's name.

"Libya's Central Bank" is the Central Bank of Libya said the English way round: one mention of
the bank, not "Libya" plus the bank. A body whose names lack the place ("Libya's National Oil
Corporation") leaves the place a mention of its own.
"""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:libya", "LOC", "Libya", "ليبيا"),
    Record("loc:tunisia", "LOC", "Tunisia", "تونس"),
    Record("org:cbl", "ORG", "Central Bank of Libya", "مصرف ليبيا المركزي"),
    Record("org:noc", "ORG", "National Oil Corporation", "المؤسسة الوطنية للنفط"),
]


def _found(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_place_the_body_is_named_for_joins_its_mention():
    found = _found("Libya's Central Bank cut the rate on Sunday.")
    assert found == [("Libya's Central Bank", "org:cbl")]


def test_a_body_whose_names_lack_the_place_leaves_it_a_mention():
    found = _found("Libya's National Oil Corporation cut output on Sunday.")
    assert found == [("Libya", "loc:libya"), ("National Oil Corporation", "org:noc")]


def test_another_place_in_the_possessive_stays_a_mention():
    found = _found("Tunisia's Central Bank of Libya office closed.")
    assert ("Tunisia", "loc:tunisia") in found
