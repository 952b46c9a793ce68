"""A bare word that a place's or body's names hold only in lower case names neither
(normx.resolve.descriptor_word)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.descriptor_word import descriptor_only

RECORDS = [
    Record("loc:waha-field", "LOC", "Waha gas field", "حقل الواحة", aliases_en=("Waha",)),
    Record("org:ngc", "ORG", "National Gas Corporation", "المؤسسة الوطنية للغاز"),
]


def _ids(text: str) -> dict[str, str | None]:
    return {m.text: m.id for m in Normalizer.from_records(RECORDS).canonicalize(text).mentions}


def test_a_portfolio_word_is_not_the_field_whose_description_holds_it() -> None:
    ids = _ids("Output at Waha fell. Gas Minister Ali Salem disputed the figure.")
    assert ids.get("Waha") == "loc:waha-field"
    assert ids.get("Gas") is None


def test_descriptor_only_reads_the_case_of_the_names() -> None:
    assert descriptor_only("gas", "LOC", ["Waha gas field"])
    assert not descriptor_only("gas", "ORG", ["General Gas Company"])
    assert not descriptor_only("gas", "LOC", ["Waha gas field", "Waha Gas Field"])
    assert not descriptor_only("waha", "LOC", ["Waha gas field"])
    assert not descriptor_only("oil", "LOC", ["Waha gas field"])  # not a word of it at all
    assert not descriptor_only("gas", "PER", ["x gas"])
