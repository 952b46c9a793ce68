"""A body named by its gloss while its Arabic name holds words English drops (تنفيذ,
"implementation"; مشروع, "project"), and a lone noun that only the complement of a "<Head> of"
name holds (normx.resolve.head_word, normx/mt/data/gloss.yaml weak_arabic)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record

AUTHORITY = Record("org:gmmra", "ORG", None, "جهاز تنفيذ وإدارة مشروع النهر الصناعي")
RIVER = Record("loc:gmmr", "LOC", "Great Man-Made River", "النهر الصناعي العظيم")
NAMESAKE = Record(
    "org:water-utilization",
    "ORG",
    "Great Man-Made River Water Utilization Authority",
    "جهاز استثمار مياه منظومات النهر الصناعي",
)


def links(text: str) -> list[tuple[str, str | None]]:
    doc = Normalizer.from_records([AUTHORITY, RIVER, NAMESAKE]).canonicalize(text)
    return [(m.text, m.id) for m in doc.mentions]


def test_the_authority_named_short_is_the_one_whose_dropped_words_are_project_words():
    got = links("The Man-Made River Authority said gunmen had stolen cables.")
    assert got == [("Man-Made River Authority", "org:gmmra")]


def test_a_lone_noun_of_the_complement_goes_to_the_entity_it_heads():
    records = [
        AUTHORITY,
        RIVER,
        Record("loc:rivera", "LOC", "Rivera"),
        Record("loc:r", "LOC", "Rever"),
    ]
    text = (
        "Millions depend on the Great Man-Made River. The Authority of the Man-Made River "
        "warned of cuts, saying the River supplies Tripoli."
    )
    doc = Normalizer.from_records(records).canonicalize(text)
    got = [(m.text, m.id) for m in doc.mentions]
    assert ("Authority of the Man-Made River", "org:gmmra") in got
    assert ("River", "loc:gmmr") in got
