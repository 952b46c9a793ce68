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
them, so the output is the one the model called name by name gives, up to the model's own
batch noise (a part's beam search in another batch: the same guesses, scores within 1e-5 on the
seed); only the calls are fewer. A dry run may ask a part the real run does not (a span it
could not link with stand-ins, asked run together): a part more in the call, no other answer.
A dry run costs one resolution of the document without the model: with torch on one thread
about what the saved calls cost (the seed: the same CPU either way), far less than they cost
with several threads on a loaded machine (seconds of wall time per call). It is paid even when
every part is cached already (a dry run that asks nothing is the only way to know), and a long
document is resolved dry whole, all its windows, before its real run: its layers and its one
call grow with it (parts beyond the guesses' cache, ``BT_CACHE``, are asked again as before).
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


# How a dry run treats each attribute of a Runtime (tests/mt/test_bt_prefetch.py checks that
# every attribute a Runtime has is named here once, so a new cache cannot be shared by mistake):
# the matcher's answers, computed from the model's guesses, layered (never written to by a dry run)
LAYERED = ("_cache", "_joined")  # and the resolved spans, ``spans._lru``
# built on first use from the gazetteers and shipped data alone (None until then): what a dry
# run builds is kept for the run, so it is not built again by the real run or the next dry run
BUILT_ON_USE = (
    "_acronyms",
    "_acronym_named",
    "_comma_names",
    "_club_openings",  # the seated clubs' opening keys (club_seat.seated_club_openings)
    "_qualified",
    "_standing",
    "_person_words",
    "_person_words_written",  # the same persons' words, with or without the article
    "_users_loaded",
    "_twins",
)
# from the gazetteers, the lexicon or the query's own text, not from matcher answers: shared
SHARED = (
    "normalizer",
    "lex",
    "trie",
    "spans",  # copied, its ``_lru`` layered
    "_names_of",
    "_entity_index",
    "_words",
    "_keys",
    "key_index",  # the entities met, by name key: each document intersects it with its own
    "_english",
    "_common",
    "_arabic",
    "_glosses",
    "_core",
    "_spelled_by",  # the records spelling a word (spelled_past_cut), from the gazetteers
    "seated",
    "is_country",
    "is_town",  # the shipped towns (country_alone), read from the shipped files
)


def dry_runtime(rt: Runtime) -> Runtime:
    """A shallow copy of *rt* whose caches of matcher answers (:data:`LAYERED`: the answers by
    query, by query with joined parts, and the resolved spans) are :class:`Layer` s over *rt*'s:
    everything else the runtime holds comes from the gazetteers, the lexicon or the query's
    own text, not from the model's guesses, and is shared (:data:`SHARED`, :data:`BUILT_ON_USE`).
    """
    dry = copy.copy(rt)
    for name in LAYERED:
        setattr(dry, name, Layer(getattr(rt, name)))
    spans = copy.copy(rt.spans)
    spans._lru = Layer(rt.spans._lru)  # type: ignore[assignment]
    dry.spans = spans
    return dry


def keep_built(rt: Runtime, dry: Runtime) -> None:
    """The tables *dry* built on first use (:data:`BUILT_ON_USE`) kept in *rt*: they read the
    gazetteers alone, and a copy's attributes are its own."""
    for name in BUILT_ON_USE:
        if getattr(rt, name) is None and getattr(dry, name) is not None:
            setattr(rt, name, getattr(dry, name))


def prefetch_guesses(rt: Runtime, resolve: Callable[[Runtime], object]) -> int:
    """Dry runs of ``resolve`` (one document's resolution) until one asks the model nothing
    new, each followed by one batched model call; returns the model calls made."""
    bt = getattr(rt.normalizer, "backtransliterator", None)
    if bt is None:
        return 0
    calls = 0
    for _ in range(DRY_RUNS):
        dry = dry_runtime(rt)
        with bt.recording() as asked:
            resolve(dry)
        keep_built(rt, dry)
        if not asked:
            break
        bt.fetch(list(asked))
        calls += 1
    return calls
