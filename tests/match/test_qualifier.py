"""A comma qualifier is not the name: "Lebanon" does not match "Tripoli, Lebanon"."""

from __future__ import annotations

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.qualifier import qualifier_forms

RECORDS = [
    Record(id="loc:tripoli-lb", type="LOC", name_en="Tripoli, Lebanon"),
    Record(id="loc:square-beirut", type="LOC", name_en="Martyrs' Square, Beirut"),
    Record(id="org:gavi", type="ORG", name_en="Gavi, the Vaccine Alliance"),
    Record(id="per:qadhafi", type="PER", name_en="QADHAFI, Muammar"),
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _ids(nz: Normalizer, query: str) -> list[str]:
    return [c.id for c in nz.match(query)]


def test_qualifier_forms() -> None:
    assert qualifier_forms("Tripoli, Lebanon") == {"lebanon"}
    assert qualifier_forms("Martyrs' Square, Beirut") == {"beirut"}
    assert qualifier_forms("Tripoli") == frozenset()
    assert qualifier_forms("Gavi, the Vaccine Alliance") == frozenset()  # a description
    assert qualifier_forms(", Lebanon") == frozenset()  # nothing before the comma


@pytest.mark.parametrize("query", ["Lebanon", "Beirut", "Bayrut"])
def test_the_qualifier_alone_is_not_the_place(nz: Normalizer, query: str) -> None:
    assert _ids(nz, query) == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Tripoli, Lebanon", "loc:tripoli-lb"),
        ("Martyrs Square", "loc:square-beirut"),
        ("Vaccine Alliance Gavi", "org:gavi"),
        ("Muammar Qadhafi", "per:qadhafi"),
    ],
)
def test_the_name_itself_still_matches(nz: Normalizer, query: str, expected: str) -> None:
    assert _ids(nz, query)[:1] == [expected]


def test_a_text_naming_the_qualifier_does_not_link_it_to_the_place() -> None:
    nz = Normalizer.from_records([Record(id="loc:misrata", type="LOC", name_en="Misrata, Libya")])
    doc = nz.canonicalize("Fighters reached Misrata, Libya, on Monday.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Misrata", "loc:misrata")]
