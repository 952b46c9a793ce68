"""A bare surname every namesake was written with goes to the one the document most recently
wrote it for, not to a son named since by his given names only
(normx.resolve.latest_written)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

SON = Record("per:son", "PER", "Seif al-Islam Zaidani")
FATHER = Record("per:father", "PER", "Hamid Zaidani")


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([SON, FATHER]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_surname_goes_to_the_last_person_called_by_it():
    text = (
        "A court sentenced Seif al-Islam Zaidani, the son of the late leader Hamid Zaidani. "
        "Seif al-Islam, 43, was tried in absentia. The brother-in-law of Zaidani was extradited."
    )
    assert links(text)[-1] == ("Zaidani", "per:father")


def test_the_nearest_stands_when_it_was_written_with_the_surname():
    text = (
        "The late leader Hamid Zaidani had a son. Seif al-Islam Zaidani was tried in absentia. "
        "Zaidani appeared by video."
    )
    assert links(text)[-1] == ("Zaidani", "per:son")
