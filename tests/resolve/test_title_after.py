"""A name between two titles modifies the second ("a former Tarhouna security chief"): the word
before is no title of it (normx.resolve.title_after)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

TOWN = Record("loc:tarhuna", "LOC", "Tarhuna")


def links(records: list[Record], text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(records).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_a_place_before_a_lower_case_title_keeps_its_likeness_link():
    got = links([TOWN], "Makhlouf, a former Tarhouna security chief, was named.")
    assert got == [("Tarhouna", "loc:tarhuna")]


def test_a_likeness_right_after_a_title_is_still_a_persons_name():
    got = links([TOWN], "The statement of former Tarhouna was read on Monday.")
    assert ("Tarhouna", "loc:tarhuna") not in got
