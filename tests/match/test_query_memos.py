"""What the indexed matcher remembers across queries (per-token name arrays and neighbours)
and the numpy postings never change an answer."""

import json

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import Matcher

QUERIES = [
    "Khaled al-Mishri",
    "Khalid Mashri",
    "Mishri Khaled",
    "Fathi Bashagha",
    "Fathy Bachagha",
    "Ali Issa",
    "Aly Eissa Zaidan",
    "Hifter",
    "Muammar Qadhafi",
    "Moammar Gaddafi",
    "Sirte",
    "Surt",
    "Busiri",
    "Bu Siri",
]


def _records() -> list[Record]:
    names = [
        ("per:1", "PER", "Khalid al-Mishri", "خالد المشري"),
        ("per:2", "PER", "Khaled Mashri Zaidan", None),
        ("per:3", "PER", "Fathi Bashagha", "فتحي باشاغا"),
        ("per:4", "PER", "Ali Issa Zaidan", None),
        ("per:5", "PER", "Aliyy Isa", None),
        ("per:6", "PER", "Khalifa Haftar", "خليفة حفتر"),
        ("per:7", "PER", "Muammar Gaddafi", "معمر القذافي"),
        ("loc:1", "LOC", "Sirte", "سرت"),
        ("loc:2", "LOC", "Busiri", None),
        ("loc:3", "LOC", "Al Busiri", None),
    ]
    return [Record(id=i, type=t, name_en=en, name_ar=ar, source="test") for i, t, en, ar in names]


def _answers(matcher: Matcher, queries: list[str], min_score: float) -> list[str]:
    return [
        json.dumps([c.to_dict() for c in matcher.match(q, min_score=min_score, explain=True)])
        for q in queries
    ]


def test_posting_table_holds_the_postings():
    index = NameIndex.build(_records())
    loaded = NameIndex.from_json(index.records, json.loads(json.dumps(index.to_json())))
    for idx in (index, loaded):
        ids, spans = idx.posting_table
        assert set(spans) == set(idx.postings)
        for form, plist in idx.postings.items():
            a, b = spans[form]
            assert ids[a:b].tolist() == plist


def test_remembered_work_changes_no_answer():
    index = NameIndex.build(_records())
    for min_score in (0.0, 0.5, 0.75):
        fresh = [_answers(Matcher(index), [q], min_score)[0] for q in QUERIES]
        shared = Matcher(index)
        once = _answers(shared, QUERIES, min_score)
        again = _answers(shared, list(reversed(QUERIES)), min_score)[::-1]
        assert once == fresh
        assert again == fresh
        assert any('"id"' in a for a in fresh)  # some query found something
