"""A French acronym written as a capitalised word ("Manul") is the acronym
(normx.resolve.word_acronym)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.word_acronym import word_acronym

MISSION = Record(
    "org:unsmil",
    "ORG",
    "United Nations Support Mission in Libya",
    "بعثة الأمم المتحدة للدعم في ليبيا",
)
TOWN = Record("loc:northport", "LOC", "Northport")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_word_is_the_french_acronym() -> None:
    got = links([MISSION, TOWN], "Talks in Northport, said the Manul on Monday.")
    assert ("Manul", "org:unsmil") in got


def test_no_body_held_no_link() -> None:
    got = links([TOWN], "Talks in Northport, said the Manul on Monday.")
    assert ("Manul", "org:unsmil") not in got


def test_short_or_unknown_words_are_no_acronyms() -> None:
    assert word_acronym("Manul") == "MANUL"
    assert word_acronym("Ue") is None  # too short: a word or a name as often
    assert word_acronym("Manuel") is None  # no French acronym
    assert word_acronym("MANUL") is None  # in capitals: acronyms.py's own


def test_the_acronym_over_a_given_name_it_resembles() -> None:
    """ "Manul" resembles "Emmanuel": beside Emmanuel Macron, coreference read it as his given
    name; a word that spells a French acronym is the acronym."""
    person = Record("per:emmanuel-macron", "PER", "Emmanuel Macron", "إيمانويل ماكرون")
    got = links(
        [MISSION, TOWN, person],
        "President Emmanuel Macron spoke in Northport. The Manul noted serious risks.",
    )
    assert ("Emmanuel Macron", "per:emmanuel-macron") in got
    assert ("Manul", "org:unsmil") in got
