"""Generic words ("the Military Council") alike to a long body name link to no body
(normx.resolve.generic_alike); the body's distinctive words still link it."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "org:salvation-council",
        "ORG",
        "Military Command Council for the Salvation of the Republic",
        "مجلس القيادة العسكرية لإنقاذ الجمهورية",
    ),
    Record("org:presidential-council", "ORG", "Presidential Council", "المجلس الرئاسي"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_generic_words_alike_to_a_long_body_name_link_nothing():
    got = links("The Military Council ruling in Niamey did not comment on the closure.")
    assert all(i is None for _, i in got)


def test_the_bodys_distinctive_words_still_link_it():
    got = links("The Council for the Salvation of the Republic did not comment.")
    assert ("Council for the Salvation of the Republic", "org:salvation-council") in got
