"""A people's army whose demonym comes second, in the Arabic order of the adjectives ("Arab
Libyan Army" for الجيش العربي الليبي): normx.resolve.armies reads the later demonym too."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي"),
    Record("org:saf", "ORG", "Sudanese Armed Forces", "القوات المسلحة السودانية"),
]


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_peoples_demonym_after_another_names_its_army():
    assert links("The Arab Libyan Army entered the city.") == [("Arab Libyan Army", "org:lna")]
    assert ("Arab Sudanese Army", "org:saf") in links("The Arab Sudanese Army withdrew.")


def test_demonyms_of_no_known_army_name_none():
    assert all(i is None for _, i in links("The Arab Chadian Army withdrew."))
