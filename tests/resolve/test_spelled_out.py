"""A body's name spelled out where the gazetteer holds only its acronym ("North Atlantic Treaty
Organization" for a record named "NATO") links by its initials.

The records are written here by hand; the test sentences are made up for the test.
"""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.spelled_out import METHOD, acronym_named_bodies

NATO = Record("org:nato", "ORG", "NATO")
OPEC = Record("org:opec", "ORG", "OPEC")
NOC = Record("org:noc", "ORG", "NOC")
EU = Record("org:eu", "ORG", "EU")
MISRATA = Record("loc:misrata", "LOC", "Misrata", "مصراتة")


def _links(records: list[Record], text: str) -> list[tuple[str, str | None, str]]:
    nz = Normalizer.from_records(records)
    return [(m.text, m.id, m.method) for m in nz.canonicalize(text).mentions]


def test_a_spelled_out_body_links_to_the_record_named_by_its_acronym() -> None:
    text = "Aircraft of the North Atlantic Treaty Organization flew over Misrata on Monday."
    doc = Normalizer.from_records([NATO, MISRATA]).canonicalize(text)
    found = [(m.text, m.id, m.method) for m in doc.mentions]
    assert ("North Atlantic Treaty Organization", "org:nato", METHOD) in found
    assert ("Misrata", "loc:misrata", "exact") in found
    assert "Aircraft of the NATO flew" in doc.rewritten


def test_function_words_may_be_skipped_in_the_initials() -> None:
    text = "Delegates of the Organization of the Petroleum Exporting Countries met in Vienna."
    found = _links([OPEC, MISRATA], text)
    assert ("Organization of the Petroleum Exporting Countries", "org:opec", METHOD) in found


def test_a_persons_names_spelling_an_acronym_stay_unlinked() -> None:
    # Nuri Omar Chebbi -> NOC: a person's names say nothing about a body
    found = _links([NOC, MISRATA], "Nuri Omar Chebbi returned to Misrata on Monday.")
    assert all(i != "org:noc" for _, i, _ in found)


def test_an_acronym_two_bodies_share_links_neither() -> None:
    other = Record("org:nato-2", "ORG", "NATO")
    text = "Aircraft of the North Atlantic Treaty Organization flew over Misrata."
    found = _links([NATO, other, MISRATA], text)
    assert all(i not in ("org:nato", "org:nato-2") for _, i, _ in found)


def test_two_initials_are_not_enough() -> None:
    found = _links([EU, MISRATA], "The European Union sent aid to Misrata.")
    assert all(i != "org:eu" for _, i, _ in found)


def test_the_lookup_keeps_only_acronym_names_of_bodies() -> None:
    named = acronym_named_bodies(
        [NATO, Record("loc:abc", "LOC", "ABC"), Record("org:un", "ORG", "U.N.O."), MISRATA]
    )
    assert named("NATO") == ("org:nato", "NATO", "ORG", "NATO")
    assert named("ABC") is None  # a place is no body
    assert named("UNO") is not None  # dots are read away
    assert named("MISRATA") is None  # a word, not an acronym


UNICEF = Record("org:unicef", "ORG", "UNICEF", "اليونيسف")
UNFPA = Record("org:unfpa", "ORG", "United Nations Population Fund", "صندوق الأمم المتحدة للسكان")
UN = Record("org:un", "ORG", "United Nations", "الأمم المتحدة")


def test_a_listed_name_links_the_acronym_its_initials_do_not_spell() -> None:
    text = "The United Nations Children's Fund sent vaccines to Misrata on Monday."
    found = _links([UNICEF, UN, MISRATA], text)
    assert ("United Nations Children's Fund", "org:unicef", METHOD) in found
    assert all(i != "org:un" for _, i, _ in found)


def test_a_listed_name_outweighs_a_namesake_alike() -> None:
    text = "The United Nations Children’s Fund sent vaccines to Misrata on Monday."
    found = _links([UNICEF, UNFPA, UN, MISRATA], text)
    assert ("United Nations Children’s Fund", "org:unicef", METHOD) in found


def test_a_possessive_outside_a_listed_name_still_ends_the_name() -> None:
    found = _links([UNICEF, UN], "The United Nations said the children's fund was empty.")
    assert ("United Nations", "org:un", "exact") in found
    assert all(i != "org:unicef" for _, i, _ in found)
