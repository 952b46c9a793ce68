"""A document's matcher queries go out in batches; caches change speed, never the result."""

from __future__ import annotations

from typing import Any

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve import pipeline
from normx.resolve.batch import DocumentQueries, batching_pays
from normx.resolve.lru import LRU

RECORDS = [
    Record("per:khalid-al-mishri", "PER", "Khalid al-Mishri", "خالد المشري"),
    Record("per:hulusi-akar", "PER", "Hulusi Akar", "خلوصي أكار"),
    Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
    Record("loc:ankara", "LOC", "Ankara", "أنقرة"),
    Record("org:gna", "ORG", "Government of National Accord", "حكومة الوفاق الوطني"),
]
TEXT = (
    "In Tripoli, Khaled Al-Mashri met Turkish Defense Minister Hulusi Akar. Tripoli and Ankara "
    "agreed, and the Government of National Accord forces moved. Al-Mashri said Akar would "
    "return to Ankara."
)


class _Counting(Normalizer):
    """A normalizer that records every batch the pipeline sends to match_many."""

    batches: list[list[str]]

    def match_many(self, names: Any, *args: Any, **kwargs: Any) -> Any:
        names = list(names)
        self.batches.append(names)
        return super().match_many(names, *args, **kwargs)


@pytest.fixture()
def counting() -> _Counting:
    nz = Normalizer.from_records(RECORDS)
    nz.__class__ = _Counting
    nz.batches = []
    return nz  # type: ignore[return-value]


def _view(doc: Any) -> list[tuple[int, int, str | None, str]]:
    return [(m.start, m.end, m.id, m.method) for m in doc.mentions]


def test_queries_of_a_document_are_batched_and_never_repeated(
    counting: _Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    # batched as when a back-transliteration model is on (normx.resolve.batch.batching_pays)
    monkeypatch.setattr(pipeline, "batching_pays", lambda nz: True)
    doc = counting.canonicalize(TEXT)
    asked = [q for batch in counting.batches for q in batch]
    assert len(asked) == len(set(asked))  # each distinct query fetched once
    assert len(counting.batches) < len(asked)  # several queries per batch
    assert {"Khaled Al-Mashri", "Tripoli and Ankara"} <= set(asked)
    assert ("per:khalid-al-mishri", "fuzzy") in {(m.id, m.method) for m in doc.mentions}


def test_without_a_model_each_query_is_fetched_as_it_comes_with_the_same_result(
    counting: _Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batching buys nothing without a model: the same queries, one at a time, the same
    document (no span stopped and resolved again)."""
    eager = counting.canonicalize(TEXT)
    asked = [q for batch in counting.batches for q in batch]
    assert asked and all(len(batch) == 1 for batch in counting.batches)
    monkeypatch.setattr(pipeline, "batching_pays", lambda nz: True)
    fresh = Normalizer.from_records(RECORDS)
    fresh.__class__ = _Counting
    fresh.batches = []  # type: ignore[attr-defined]
    batched = fresh.canonicalize(TEXT)
    assert sorted(q for b in fresh.batches for q in b) == sorted(asked)  # type: ignore[attr-defined]
    assert _view(batched) == _view(eager)
    assert batched.rewritten == eager.rewritten


def test_batching_pays_only_with_a_model() -> None:
    nz = Normalizer.from_records(RECORDS)
    assert not batching_pays(nz)
    nz.backtransliterator = object()  # type: ignore[assignment]
    assert batching_pays(nz)


def test_an_eager_step_fetches_each_miss_at_once_and_never_stops() -> None:
    fetched: list[list[str]] = []

    def fetch(queries: list[str]) -> list[list[Candidate]]:
        fetched.append(queries)
        return [[] for _ in queries]

    queries = DocumentQueries(lambda q: None, fetch, eager=True)
    assert queries.run(lambda: [queries.match("a"), queries.match("b")]) == [[], []]
    assert fetched == [["a"], ["b"]]  # one step, no rerun
    queries.want(["c", "a", "d"])  # answered ones are not asked again
    assert fetched[-1] == ["c", "d"]


def test_a_second_document_asks_nothing_it_was_answered_before(counting: _Counting) -> None:
    first = counting.canonicalize(TEXT)
    counting.batches.clear()
    again = counting.canonicalize(TEXT)
    assert counting.batches == []
    assert _view(again) == _view(first)


def test_cached_spans_give_the_result_a_fresh_normalizer_gives() -> None:
    warm = Normalizer.from_records(RECORDS)
    warm.canonicalize(TEXT)
    shifted = "Breaking news, Saturday.\n\n" + TEXT  # the same spans at other offsets
    fresh = Normalizer.from_records(RECORDS).canonicalize(shifted)
    assert _view(warm.canonicalize(shifted)) == _view(fresh)
    assert warm.canonicalize(shifted).rewritten == fresh.rewritten


def test_lru_keeps_the_most_recently_used_entries() -> None:
    lru: LRU[str, int] = LRU(2)
    lru.put("a", 1)
    lru.put("b", 2)
    assert lru.get("a") == 1  # "a" is now the most recent
    lru.put("c", 3)
    assert "b" not in lru and lru.get("a") == 1 and lru.get("c") == 3
    assert len(lru) == 2
    with pytest.raises(ValueError):
        LRU(0)


def test_core_words_are_the_analysis_of_the_name_and_kept_for_the_run() -> None:
    from normx.resolve.runtime import runtime_for
    from normx.text.normalize import analyse_name, core_tokens

    rt = runtime_for(Normalizer.from_records(RECORDS))
    words = rt.core_words("Abdel Moneim Al-Ghaithi")
    assert [t.form for t in words] == [
        t.form for t in core_tokens(analyse_name("Abdel Moneim Al-Ghaithi"))
    ]
    assert "al" not in [t.form for t in words]  # the article is no core word
    assert rt.core_words("Abdel Moneim Al-Ghaithi") is words  # the second time from the run


def test_joined_answers_are_kept_for_a_run_that_asks_thousands() -> None:
    # A run asks match_joined about one fetched span in six: 2,279 distinct spans over the
    # 285 development articles (benchmarks/README.md, session 30). Held in an LRU of 2,000,
    # asked again in the same order, every one had been dropped just before it came back.
    from normx.resolve.runtime import runtime_for

    nz = Normalizer.from_records(RECORDS)
    rt = runtime_for(nz)
    asked: list[str] = []

    def match(name: str, *args: Any, **kwargs: Any) -> list[Candidate]:
        asked.append(name)
        return []

    nz.match = match  # type: ignore[method-assign]
    spans = [f"Wadi Number {i}" for i in range(2_500)]
    first = [rt.match_joined(s) for s in spans]
    assert asked == spans  # each asked once
    again = [rt.match_joined(s) for s in spans]  # a second pass over the same documents
    assert asked == spans  # nothing asked again
    assert all(a is b for a, b in zip(first, again, strict=True))
