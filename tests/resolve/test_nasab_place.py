"""A name that opens with "son of" is no place whose names never say it
(normx.resolve.nasab_place)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

VILLAGE = Record("loc:hamid", "LOC", "Hamid", "حميد")
TOWN = Record("loc:binjawad", "LOC", "Bin Jawad", "بن جواد")  # the particle in its own name


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([VILLAGE, TOWN]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions if m.id is not None]


def test_a_son_of_name_is_no_village_named_by_the_rest() -> None:
    text = (
        "The director of the hospital, Mustafa Bin Hamid, said that the staff left. "
        "And Bin Hamid said that the hospital lost its doctors."
    )
    assert ("Bin Hamid", "loc:hamid") not in links(text)
    assert not any(i == "loc:hamid" for _, i in links(text))


def test_a_place_that_holds_the_particle_and_the_village_alone_still_link() -> None:
    assert ("Bin Jawad", "loc:binjawad") in links("The convoy reached Bin Jawad on Monday.")
    assert ("Hamid", "loc:hamid") in links("The convoy reached Hamid on Monday.")
