"""A maker's name after "of the type" (طائرة من طراز إيرباص) names the model, not the company:
the link to the maker is undone (normx.resolve.model_of)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

MAKER = Record("org:airbus", "ORG", "Airbus", "إيرباص")
CARRIER = Record("org:libyan-airlines", "ORG", "Libyan Airlines", "الخطوط الجوية الليبية")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([MAKER, CARRIER]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_an_aircraft_of_the_type_names_no_company() -> None:
    text = "The company will move four of its aircraft of the type Airbus to the new terminal."
    links = _links(text)
    assert ("Airbus", "org:airbus") not in links
    assert ("Airbus", None) in links


def test_of_the_model_with_a_quote_names_no_company() -> None:
    text = 'The Libyan Airlines received a plane of the model "Airbus" last week.'
    links = _links(text)
    assert ("Airbus", "org:airbus") not in links
    assert ("Libyan Airlines", "org:libyan-airlines") in links


def test_the_maker_named_as_a_party_is_linked() -> None:
    text = "The Libyan Airlines signed a maintenance contract with Airbus in Toulouse."
    assert ("Airbus", "org:airbus") in _links(text)
