"""Session 28 review (h-review28): the session's new rules on odd input.

The ampersand piece, the comma name, the field word, the gloss word, the article short form and
a bin particle inside a name, each at the very start or end of a text, alone, doubled or
nested, on a small hand-written gazetteer: no exception, every mention's offsets give its text,
and no two mentions overlap.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.ampersand import ampersand_piece
from normx.resolve.comma_name import comma_names, comma_names_joined
from normx.resolve.document import Mention

RECORDS = [
    Record("org:abc", "ORG", "Alpha Trading, Beta and Gamma", "شركة ألفا"),
    Record("org:abc-holding", "ORG", "Alpha Trading, Beta and Gamma Holding", "ألفا القابضة"),
    Record("org:gecol", "ORG", "General Electricity Company of Libya", "الشركة العامة للكهرباء"),
    Record("org:madar", "ORG", "Al-Madar Al-Jadeed", "المدار الجديد"),
    Record("org:masdar", "ORG", "Masdar", "مصدر"),
    Record("org:mobilis", "ORG", "Mobilis", "موبيليس"),
    Record("org:e", "ORG", "e&", "إي آند"),
    Record("loc:awlad-omran", "LOC", "Awlad Omran", "أولاد عمران"),
    Record("loc:medina", "LOC", "Medina", "المدينة المنورة"),
    Record("org:ar-only", "ORG", "مصرف الجمهورية"),
]

TEXTS = [
    "",
    "&",
    " & ",
    "&C",
    "E&",
    "E&C",
    "A&B&C said.",
    "Alpha Trading, Beta and Gamma",
    "Alpha Trading, Beta and Gamma Holding",
    "Alpha Trading, Beta and Gamma, Beta and Gamma Holding said.",
    ", Alpha Trading, Beta and Gamma,",
    "Electricity",
    "Electricity is cheap. Electricity",
    "Al-Madar Al-Jadeed. Al-Madar",
    "Al-Madar",
    "Mobile",
    "Walid Ben Omran",
    "Ben",
    "Omran Ben",
    "المدينة المنورة",
    "مصرف الجمهورية مصرف الجمهورية",
    "Hyundai E&C and e& met the General Electricity Company of Libya.",
]


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


@pytest.mark.parametrize("text", TEXTS)
def test_offsets_hold_and_mentions_do_not_overlap(nz: Normalizer, text: str) -> None:
    mentions = sorted(nz.canonicalize(text).mentions, key=lambda m: (m.start, m.end))
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
    for a, b in pairwise(mentions):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("&", 0, 1), ("E&", 0, 1), ("&C", 1, 2), ("", 0, 0), ("E", 0, 1), ("E&C", 2, 3)],
)
def test_ampersand_piece_at_the_text_edges(text: str, start: int, end: int) -> None:
    assert ampersand_piece(text, start, end) == (text == "E&C")


def test_comma_names_nested_and_at_the_edges() -> None:
    names = comma_names(RECORDS)
    assert {n for n, *_ in names} == {
        "Alpha Trading, Beta and Gamma",
        "Alpha Trading, Beta and Gamma Holding",
    }
    text = "Alpha Trading, Beta and Gamma Holding"
    pieces = (
        Mention(0, 13, "Alpha Trading", None, None, None, 0.0, "none"),
        Mention(15, 37, "Beta and Gamma Holding", None, None, None, 0.0, "none"),
    )
    joined = comma_names_joined(text, pieces, names)
    assert [(m.start, m.end, m.id) for m in joined] == [(0, 37, "org:abc-holding")]
