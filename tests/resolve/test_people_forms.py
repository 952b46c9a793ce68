"""Peoples written in French or Arabic forms ("Touareg", "Tawariq"): a people's record is not
contradicted by another people coordinated before it (normx.resolve.demonym_conflict), nor
unlinked as a body in a place's slot (normx.resolve.place_slot_body). Hand-written records."""

from __future__ import annotations

from link_pairs import pairs

from normx.gazetteer.schema import Record
from normx.gazetteer.titles import with_bare_titles

RECORDS = with_bare_titles(
    [
        Record("org:toubou-people", "ORG", "Toubou people", "التبو"),
        Record("org:tuareg-people", "ORG", "Tuareg people", "الطوارق"),
        Record("loc:ubari", "LOC", "Ubari", "أوباري"),
        Record("loc:ghat", "LOC", "Ghat", "غات"),
    ]
)


def test_two_coordinated_peoples_each_link() -> None:
    text = "Ghat is shared by the Toubou and Touareg families of the oasis."
    links = dict(pairs(RECORDS, text))
    assert links["Toubou"] == "org:toubou-people"
    assert links["Touareg"] == "org:tuareg-people"


def test_a_people_after_to_is_no_body_in_a_place_slot() -> None:
    text = "The new mayor belongs to the Tawariq of Ubari, his office said."
    links = dict(pairs(RECORDS, text))
    assert links["Tawariq"] == "org:tuareg-people"
    assert links["Ubari"] == "loc:ubari"


def test_a_body_fuzzily_alike_in_a_place_slot_stays_unlinked() -> None:
    # the rule the peoples are let through keeps a body matched only fuzzily out
    records = [*RECORDS, Record("org:huawei", "ORG", "Huawei", "هواوي")]
    text = "The minister flew to Haye on Tuesday."
    assert dict(pairs(records, text)).get("Haye") is None
