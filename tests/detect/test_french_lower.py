"""A French body name opened by a lower-case head is a span (normx.detect.french_lower):
"the gouvernement d'union nationale", "the ministère de l'Intérieur"."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:gnu", "ORG", "Government of National Unity", "حكومة الوحدة الوطنية"),
    Record("org:moi", "ORG", "Ministry of Interior", "وزارة الداخلية"),
    Record("loc:northport", "LOC", "Northport"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_lower_case_head_opens_the_name() -> None:
    got = links("Militias close to the head of the gouvernement d'union nationale threatened him.")
    assert ("gouvernement d'union nationale", "org:gnu") in got


def test_a_complement_in_capitals_after_de() -> None:
    got = links("The agency, attached to the ministère de l'Intérieur, manages the centres.")
    assert ("ministère de l'Intérieur", "org:moi") in got


def test_the_head_alone_is_no_name() -> None:
    got = links("In Northport, the gouvernement said nothing.")
    assert got == [("Northport", "loc:northport")]
