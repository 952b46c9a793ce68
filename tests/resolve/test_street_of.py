"""A person's name after "the street of" (شارع عمر المختار) is the street named after him,
not the man: the link to the person is undone (normx.resolve.street_of)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

HERO = Record("per:suleiman-baruni", "PER", "Suleiman al-Baruni", "سليمان الباروني")


def _links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([HERO]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_street_of_a_person_is_not_the_person() -> None:
    text = "Works began on the paving of the street of Suleiman al-Baruni in the old town."
    assert ("Suleiman al-Baruni", "per:suleiman-baruni") not in _links(text)


def test_the_square_of_a_person_is_not_the_person() -> None:
    text = "Protesters gathered in the square of Suleiman al-Baruni on Friday."
    assert ("Suleiman al-Baruni", "per:suleiman-baruni") not in _links(text)


def test_the_person_named_otherwise_is_linked() -> None:
    text = "A book on Suleiman al-Baruni and his struggle against the Italians was published."
    assert ("Suleiman al-Baruni", "per:suleiman-baruni") in _links(text)
