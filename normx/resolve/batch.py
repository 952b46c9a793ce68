"""One document's matcher queries, fetched in batches.

Resolving a span is a sequence of decisions, each of which may need the matcher's answer for
another piece of the span. Asking the matcher one query at a time would send names to the
back-transliteration model one at a time (issue 5: batch the model calls). So the linker asks
a :class:`DocumentQueries` instead: an answered query (this document, or the run's cache) is
returned at once; an unanswered one is noted and :class:`Pending` stops that span. The
pipeline resolves every span, fetches all the noted queries in one
:meth:`~normx.api.Normalizer.match_many` call, and resolves the stopped spans again, until
none stops. Answers depend only on the query, so the result is the one sequential calls give;
a span is re-run at most once per round, and the rounds are as many as the longest chain of
decisions in one span.

A step over the whole document (:meth:`DocumentQueries.run`, the reference rules) is re-run
from its start at every round, and its rounds grow with the document: a long document (issue
4: "a 5 MB single line") asked one query per round, so it cost rounds times its length. Past
:data:`EAGER_AFTER` rounds (the article sets need at most 7) the step runs once more with each
miss fetched as it comes (:attr:`DocumentQueries.eager`): the answers are the same, only
fewer go to the model at once.

Batching pays only when the model is on: without it :meth:`~normx.api.Normalizer.match_many`
matches its names one by one anyway, and each round re-ran the stopped spans and document steps
from their start for nothing (session 20: ~2,600 span resolutions and ~110 reruns of the
reference step per 0.7 MB of news, ~7% of the first pass). A normalizer without a model
(:func:`batching_pays`) therefore asks its queries eagerly from the first round: the same
queries, the same answers, no reruns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from normx.match.candidate import Candidate

T = TypeVar("T")
R = TypeVar("R")

EAGER_AFTER = 8  # rounds of one step before its misses are fetched one by one


def batching_pays(normalizer: Any) -> bool:
    """Whether a document's queries should wait for one batch: only when a back-transliteration
    model is on (one batched model call instead of one per name); otherwise each query is matched
    alone anyway, and the spans a round stops would only be resolved again."""
    return getattr(normalizer, "backtransliterator", None) is not None


class Pending(Exception):
    """A span needs matcher answers that have not been fetched yet."""


class DocumentQueries:
    """Matcher answers for one document (see the module docstring).

    *cached* returns a query's answer if the run already has it (else None); *fetch* answers a
    list of distinct queries at once and remembers them for the run. *eager*: every miss is
    fetched as it comes, never :class:`Pending` (when batching buys nothing, :func:`batching_pays`).
    """

    def __init__(
        self,
        cached: Callable[[str], list[Candidate] | None],
        fetch: Callable[[list[str]], list[list[Candidate]]],
        *,
        eager: bool = False,
    ) -> None:
        self._cached = cached
        self._fetch = fetch
        self._answers: dict[str, list[Candidate]] = {}
        self._asked: dict[str, None] = {}  # an ordered set
        self.batches = 0
        self.fetched = 0
        self.eager = eager  # a miss is fetched at once instead of raising Pending

    def _known(self, query: str) -> list[Candidate] | None:
        hit = self._answers.get(query)
        if hit is None:
            hit = self._cached(query)
            if hit is not None:
                self._answers[query] = hit
        return hit

    def match(self, query: str, phrase: bool = False) -> list[Candidate]:
        """The answer for *query*; :class:`Pending` if it must be fetched first."""
        hit = self._known(query)
        if hit is None:
            self._asked[query] = None
            if not self.eager:
                raise Pending(query)
            self.flush()
            return self._answers[query]
        return hit

    def want(self, queries: Iterable[str]) -> None:
        """Note every unanswered query of *queries*, then :class:`Pending` if there was one."""
        missing = False
        for query in queries:
            if self._known(query) is None:
                self._asked[query] = None
                missing = True
        if missing:
            if not self.eager:
                raise Pending()
            self.flush()

    def flush(self) -> None:
        """Fetch every query noted since the last flush, in one batch."""
        queries = list(self._asked)
        if not queries:
            raise RuntimeError("a span stopped without asking anything")
        self._asked.clear()
        self._answers.update(zip(queries, self._fetch(queries), strict=True))
        self.batches += 1
        self.fetched += len(queries)

    def run(self, step: Callable[[], T]) -> T:
        """``step()``, fetching and retrying until nothing it needs is pending; past
        :data:`EAGER_AFTER` rounds, once more fetching each miss as it comes."""
        for _ in range(EAGER_AFTER):
            try:
                return step()
            except Pending:
                self.flush()
        was, self.eager = self.eager, True
        try:
            return step()
        finally:
            self.eager = was


def resolve_all(items: list[T], resolve: Callable[[T], R], queries: DocumentQueries) -> list[R]:
    """``resolve(item)`` for every item, in order, batching the queries of all stopped items."""
    results: list[Any] = [None] * len(items)  # each slot filled before the loop ends
    todo: Iterable[int] = range(len(items))
    while todo:
        stopped: list[int] = []
        for i in todo:
            try:
                results[i] = resolve(items[i])
            except Pending:
                stopped.append(i)
        if stopped:
            queries.flush()
        todo = stopped
    return results
