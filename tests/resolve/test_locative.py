"""A bare place name after a preposition of place links to the place even when the document
wrote an unknown name ending in it ("Al-Ahly Benghazi"); elsewhere the unknown name's short
form stays unlinked as before ("Al-Ghaithi" after "Abdel Moneim Al-Ghaithi")."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
    Record("loc:ghaithi", "LOC", "Al-Ghaithi", "الغيثي"),
]


def _mentions(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_place_after_in_is_the_place_not_the_club():
    text = "Al-Ahly Benghazi won the cup. The final was played in Benghazi on Friday."
    assert _mentions(text)[-1] == ("Benghazi", "loc:benghazi")


def test_a_surname_said_alone_is_still_the_unknown_persons():
    text = "The mayor, Abdel Moneim Al-Ghaithi, said the roads were closed. Al-Ghaithi added more."
    found = _mentions(text)
    assert ("Al-Ghaithi", "loc:ghaithi") not in found
