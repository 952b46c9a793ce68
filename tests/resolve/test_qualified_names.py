"""A gazetteer name with a parenthetical qualifier is spelled out by the name without it.

"Africa Corps (Russia)" tells the Russian corps from the Afrika Korps; a text writes "Africa
Corps", which must link the Russian corps, not the namesake a gloss pairs word for word. Two
entities qualified alike leave the name to the matcher.
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:africa-corps", "ORG", "Africa Corps (Russia)", "الفيلق الأفريقي"),
    Record("org:afrika-korps", "ORG", "Afrika Korps", "فيلق أفريقيا"),
    Record("loc:washington-state", "LOC", "Washington (state)", "ولاية واشنطن"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def test_the_name_without_its_qualifier_links_the_entity(nz: Normalizer) -> None:
    doc = nz.canonicalize("Moscow is folding them into an Africa Corps run by the ministry.")
    assert [(m.text, m.id, m.method) for m in doc.mentions if m.id] == [
        ("Africa Corps", "org:africa-corps", "exact")
    ]


def test_the_namesake_spelled_out_still_links(nz: Normalizer) -> None:
    doc = nz.canonicalize("Rommel led the Afrika Korps in 1941.")
    assert [m.id for m in doc.mentions if m.id] == ["org:afrika-korps"]


def test_two_entities_qualified_alike_are_no_exact_name() -> None:
    nz = Normalizer.from_records(
        [*RECORDS, Record("org:africa-corps-de", "ORG", "Africa Corps (Germany)")]
    )
    doc = nz.canonicalize("Moscow is folding them into an Africa Corps run by the ministry.")
    assert all(m.method != "exact" for m in doc.mentions)
