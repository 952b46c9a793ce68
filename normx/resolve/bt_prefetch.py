"""A document's name parts spelled by the back-transliteration model in one call, before it is
resolved (issue 5: back-translation cost).

The resolver asks the matcher its names a few at a time: the spans in rounds
(:mod:`normx.resolve.batch`), then the document rules one query after another ("Bir Ghazala"
run together, an adjective's place, a tie asked again by type). With the model on, every
round and every such query that the Latin side could not settle was its own beam search: on
the seed article 27 model calls for 152 name parts, 22 of them for one part. A call costs far
more than a part: the same 152 parts took 54 CPU seconds one by one and 4.8 in one batch (same
guesses, scores within 1e-5, torch's default two threads on a loaded machine;
``benchmarks/bench_backtranslate.py --single``).

So a document is first resolved **dry**: the model is not called
(:meth:`~normx.mt.hypotheses.BackTransliterator.recording`), every name part it would have been
asked is noted and gets a stand-in (its attested spellings), and the answers the dry run
computes go into throwaway layers over the run's caches, never into them (:func:`dry_runtime`).
The noted parts go to the model in one batched call; a second dry run, with those guesses,
notes the parts that only the model's answers led to (rarely any), and so on up to
:data:`DRY_RUNS`. The real run then finds every guess cached. The guesses are the model's
(cached per part for the whole run, across documents), the answers are computed only from
them, so the output is the one the model called name by name gives; only the calls are fewer.
A dry run costs one resolution of the document without the model: with torch on one thread
about what the saved calls cost (the seed: the same CPU either way), far less than they cost
with several threads on a loaded machine (seconds of wall time per call).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from normx.resolve.runtime import Runtime

K = TypeVar("K")
V = TypeVar("V")

DRY_RUNS = 3  # dry resolutions at most per document; the sets' documents need one, a few two


class Layer(Generic[K, V]):
    """A cache read through to *base*, written only in itself (thrown away with the dry run).

    It answers :class:`~normx.resolve.lru.LRU`'s ``get``/``put``/``in``: what the run knew
    before the dry run is read, what the dry run computes from stand-in guesses stays here.
    """

    __slots__ = ("_base", "_own")

    def __init__(self, base: Any) -> None:
        self._base = base
        self._own: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        hit = self._own.get(key)
        return self._base.get(key) if hit is None else hit

    def put(self, key: K, value: V) -> None:
        self._own[key] = value

    def __contains__(self, key: object) -> bool:
        return key in self._own or key in self._base

    def __len__(self) -> int:
        return len(self._own) + len(self._base)


def dry_runtime(rt: Runtime) -> Runtime:
    """A shallow copy of *rt* whose caches of matcher answers (the answers by query, by query
    with joined parts, and the resolved spans) are :class:`Layer` s over *rt*'s: everything
    else the runtime holds is derived from the gazetteer alone and is shared."""
    dry = copy.copy(rt)
    dry._cache = Layer(rt._cache)  # type: ignore[assignment]
    dry._joined = Layer(rt._joined)  # type: ignore[assignment]
    spans = copy.copy(rt.spans)
    spans._lru = Layer(rt.spans._lru)  # type: ignore[assignment]
    dry.spans = spans
    return dry


def prefetch_guesses(rt: Runtime, resolve: Callable[[Runtime], object]) -> int:
    """Dry runs of ``resolve`` (one document's resolution) until one asks the model nothing
    new, each followed by one batched model call; returns the model calls made."""
    bt = getattr(rt.normalizer, "backtransliterator", None)
    if bt is None:
        return 0
    calls = 0
    for _ in range(DRY_RUNS):
        with bt.recording() as asked:
            resolve(dry_runtime(rt))
        if not asked:
            break
        bt.fetch(list(asked))
        calls += 1
    return calls
