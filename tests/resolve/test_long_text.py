"""A long document is resolved in windows (:mod:`normx.resolve.long_text`), in linear time.

Hand-written gazetteer: a person, a body and a place, each under its canonical name only; the
document repeats a short report that names each in full and then in part ("Haftar", "the
Council").
"""

from __future__ import annotations

import itertools

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve import long_text
from normx.resolve.batch import EAGER_AFTER, DocumentQueries, Pending
from normx.resolve.document import Document

RECORDS = [
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("org:pc", "ORG", "Presidential Council", "المجلس الرئاسي"),
    Record("loc:sirte", "LOC", "Sirte", "سرت"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]

REPORT = (
    "Field Marshal Khalifa Haftar met the Presidential Council in Sirte on Monday. "
    "Haftar said the Council had agreed to reopen the road to Benghazi.\n\n"
    "The Council did not comment. Forces loyal to Haftar remained in Sirte.\n\n"
)


@pytest.fixture(scope="module")
def nz() -> Normalizer:
    return Normalizer.from_records(RECORDS)


def _exact(text: str, doc: Document) -> None:
    """Offsets give each mention's text, spans never overlap, cited antecedents are exact."""
    end = -1
    for m in doc.mentions:
        assert text[m.start : m.end] == m.text
        assert m.start >= end
        end = m.end
        ante = m.evidence.get("antecedent")
        if isinstance(ante, dict):
            start = ante["start"]
            assert text[start : start + len(ante["text"])] == ante["text"]


def test_cuts_fall_at_paragraph_ends_and_cover_the_text() -> None:
    text = REPORT * 400
    at = long_text.cuts(text, piece=5_000)
    assert at[0] == 0 and at[-1] == len(text)
    assert all(b - a <= 10_000 for a, b in itertools.pairwise(at))
    assert all(text[c - 2 : c] == "\n\n" for c in at[1:-1])


def test_a_single_line_is_cut_at_sentence_ends() -> None:
    text = " ".join(REPORT.split()) * 300
    at = long_text.cuts(text, piece=5_000)
    assert len(at) > 3
    assert all(text[c - 2 : c] == ". " and text[c].isupper() for c in at[1:-1])


def test_a_line_with_no_sentence_end_is_cut_where_no_name_goes_on() -> None:
    text = "The Ministry of the Interior said the U.S. Embassy met Khalifa Haftar " * 500
    at = long_text.cuts(text, piece=5_000)
    assert len(at) > 3
    for c in at[1:-1]:
        assert text[:c].split()[-1] in {"said", "met"}  # never "of | the", "U.S. | Embassy"


def test_a_short_document_is_resolved_whole(nz: Normalizer) -> None:
    doc = nz.canonicalize(REPORT)
    assert [m.id for m in doc.mentions if m.text == "Haftar"] == ["per:haftar", "per:haftar"]
    assert [m.id for m in doc.mentions if m.text == "Council"] == ["org:pc", "org:pc"]


def test_a_megabyte_document_returns_with_exact_offsets(nz: Normalizer) -> None:
    text = REPORT * (1_000_000 // len(REPORT) + 1)
    assert len(text) > long_text.LONG_DOCUMENT
    doc = nz.canonicalize(text)
    _exact(text, doc)
    copies = text.count(REPORT)
    # each copy's partial names find the person and the body named in full before them
    assert sum(m.text == "Haftar" and m.id == "per:haftar" for m in doc.mentions) == 2 * copies
    assert sum(m.text == "Council" and m.id == "org:pc" for m in doc.mentions) == 2 * copies
    assert "Khalifa Haftar" in doc.rewritten and len(doc.rewritten) >= len(text) - copies * 10


def test_windows_keep_the_mentions_of_the_whole_document(nz: Normalizer) -> None:
    text = REPORT * 60  # resolved whole, then in windows of a few copies
    whole = nz.canonicalize(text)
    windowed = long_text.canonicalize_long(
        text,
        None,
        nz.canonicalize,
        lambda t, ms: t,
        piece=2 * len(REPORT),
    )
    _exact(text, windowed)
    assert [(m.start, m.end, m.id) for m in windowed.mentions] == [
        (m.start, m.end, m.id) for m in whole.mentions
    ]


def test_evidence_offsets_move_with_the_window() -> None:
    ev = {"antecedent": {"text": "Haftar", "start": 5}, "context": ["Field Marshal"]}
    assert long_text._shift(ev, 100) == {
        "antecedent": {"text": "Haftar", "start": 105},
        "context": ["Field Marshal"],
    }


def test_a_step_past_the_rounds_fetches_each_miss_as_it_comes() -> None:
    fetched: list[list[str]] = []

    def fetch(queries: list[str]) -> list[list]:
        fetched.append(queries)
        return [[] for _ in queries]

    queries = DocumentQueries(lambda q: None, fetch)
    asks = [f"name {i}" for i in range(3 * EAGER_AFTER)]

    def step() -> int:
        return sum(len(queries.match(q)) for q in asks)

    assert queries.run(step) == 0
    assert len(fetched) == len(asks)  # one query per round, then one per miss
    assert not queries.eager
    with pytest.raises(Pending):
        queries.match("never asked")
