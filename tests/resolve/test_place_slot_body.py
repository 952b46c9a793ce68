"""A lone word after a preposition of place that reaches an organisation only by a fuzzy
likeness ("to La Haye" ~ Huawei) is no mention of it; the body's own name there stays."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.place_slot_body import in_place_slot

RECORDS = [
    Record("org:huawei", "ORG", "Huawei", "هواوي"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
]
LOCATIVE = frozenset({"to", "in", "from", "at"})


def test_in_place_slot() -> None:
    assert in_place_slot("the transfer to La Haye", len("the transfer to La "), LOCATIVE)
    assert in_place_slot("flown to Haye", len("flown to "), LOCATIVE)
    assert not in_place_slot("a deal with Haye", len("a deal with "), LOCATIVE)


def test_fuzzy_body_in_place_slot_unlinked() -> None:
    nz = Normalizer.from_records(RECORDS)
    found = {
        (m.text, m.id) for m in nz.canonicalize("He demanded his transfer to La Haye.").mentions
    }
    assert not any(eid == "org:huawei" for _, eid in found)


def test_exact_body_name_stays() -> None:
    nz = Normalizer.from_records(RECORDS)
    found = {
        (m.text, m.id) for m in nz.canonicalize("The phones came from Huawei last year.").mentions
    }
    assert ("Huawei", "org:huawei") in found


def test_a_body_by_its_head_or_named_before_stays() -> None:
    nz = Normalizer.from_records(RECORDS)
    named = "Huawei opened an office in Tripoli. The contract went to Haye last year."
    assert ("Haye", "org:huawei") in {(m.text, m.id) for m in nz.canonicalize(named).mentions}
    headed = "The phones were sold to the Haye company in Tripoli."
    assert ("Haye", "org:huawei") in {(m.text, m.id) for m in nz.canonicalize(headed).mentions}
