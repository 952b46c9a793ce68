"""A bare word the document first wrote for a place stays that place after an unknown person
whose nisba it is ("the station of Ghadir ... the engineer Salem Al-Ghadiri ... Ghadir"),
while the unknown person's surname said alone with no earlier place still reads as him
(normx.resolve.place_named_first)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TOWN = Record("loc:tazirbu", "LOC", "Tazirbu", "تازربو")
OTHER = Record("loc:kufra", "LOC", "Kufra", "الكفرة")


def _ids(text: str, word: str) -> list[str | None]:
    doc = Normalizer.from_records([TOWN, OTHER]).canonicalize(text)
    return [m.id for m in doc.mentions if m.text == word]


def test_the_place_named_before_the_stranger_stays_the_place() -> None:
    text = (
        "The company will rebuild the station of Tazirbu in the south. The engineer Salem "
        "Al-Tazirbu said the works were late. The citizens in Kufra and Tazirbu complain."
    )
    assert _ids(text, "Tazirbu") == ["loc:tazirbu", "loc:tazirbu"]


def test_the_stranger_s_name_said_first_still_takes_the_bare_word() -> None:
    # no place written before the person: the bare word is his name said short (as before)
    text = (
        "The engineer Salem Al-Tazirbu said the works were late. The company said Tazirbu "
        "had not been paid."
    )
    assert _ids(text, "Tazirbu") == [None]
