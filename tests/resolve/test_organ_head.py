"""A body's organ named alone ("the General Command said") links to the one body whose name
opens with it and "of" (normx.resolve.organ_head)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

ARMY = Record(
    "org:army",
    "ORG",
    "Northland National Army",
    aliases_en=("General Command of the Northland Armed Forces",),
)
RIVER = Record("org:river", "ORG", "Water Authority of the Northland")
OTHER_RIVER = Record("org:river2", "ORG", "Water Authority for the Southland")
COUNCIL = Record("org:council", "ORG", "High Council of State")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_organ_alone_links_to_its_body_and_the_bare_head_follows():
    text = (
        "The General Command accused the rebels of the attack. "
        "The spokesman of the Command said the units were ready."
    )
    got = links([ARMY, COUNCIL], text)
    assert ("General Command", "org:army") in got
    assert ("Command", "org:army") in got


def test_an_organ_two_bodies_open_with_names_neither():
    got = links([ARMY, RIVER, OTHER_RIVER], "The Water Authority cut the supply on Monday.")
    assert all(i is None for _, i in got)


def test_an_organ_one_body_opens_with_links_it():
    got = links([ARMY, RIVER], "The Water Authority cut the supply on Monday.")
    assert got == [("Water Authority", "org:river")]


def test_a_lone_generic_head_or_an_unknown_organ_names_nothing():
    assert all(i is None for _, i in links([ARMY], "The Command said nothing on Monday."))
    assert all(i is None for _, i in links([ARMY], "The Supreme Command said nothing."))


def test_the_organ_as_the_complement_of_another_bodys_head_is_not_linked():
    got = links([ARMY], "A statement of the Media Office of the General Command said so.")
    assert ("General Command", "org:army") not in got
