"""A word that only resembles a body's acronym, a letter added or dropped, is not that acronym
(normx.resolve.acronym_likeness): "Obatel" is no BATEL, and the builder whose name it spells
stands."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.acronym_likeness import acronym_shaped_name

BATEL = Record("org:batel", "ORG", "BATEL", "باتل")
BUILDER = Record("org:obatel-construction", "ORG", "Obatel Construction", "أوباتل للإنشاءات")
KOVEX = Record("org:kovex", "ORG", "KOVEX", "كوفكس")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([BATEL, BUILDER, KOVEX]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_acronym_shaped_name() -> None:
    assert acronym_shaped_name("BATEL")
    assert not acronym_shaped_name("Batel")
    assert not acronym_shaped_name("BATEL Group")
    assert not acronym_shaped_name("U")


def test_a_letter_more_than_the_acronym_is_another_name() -> None:
    got = _links("Egyptian groups including Obatel have signed agreements.")
    assert ("Obatel", "org:obatel-construction") in got
    assert not any(i == "org:batel" for _, i in got)


def test_the_acronym_spelled_in_lower_case_is_the_acronym() -> None:
    assert ("Batel", "org:batel") in _links("The satellite of Batel will serve the south.")


def test_a_sound_alike_of_the_acronym_s_count_is_the_acronym() -> None:
    """The count decides: "Kovix" is KOVEX said as a word (one sound a letter)."""
    doc = Normalizer.from_records([KOVEX]).canonicalize("The Kovix programme sent doses.")
    assert [(m.text, m.id) for m in doc.mentions] == [("Kovix", "org:kovex")]


UNICEF = Record("org:unicef", "ORG", "UNICEF", "يونيسف")


def test_an_acronym_written_by_its_sounds_reaches_the_body_by_its_arabic_name() -> None:
    """Why the count costs little: a translation that adds a vowel to the acronym ("Yunisef")
    reaches the body through its Arabic name, which the rule does not judge; only a likeness
    to the Latin capitals with another count ("Yunicef") is dropped, the rule's known cost."""
    norm = Normalizer.from_records([UNICEF])
    got = norm.canonicalize("The Yunisef office said so.").mentions
    assert [(m.text, m.id) for m in got] == [("Yunisef", "org:unicef")]
    got = norm.canonicalize("Officials of Yunicef said so.").mentions
    assert [m.id for m in got] == [None]
