"""The cyclic garbage collector held off while one document is canonicalized (or one name
matched: ``Normalizer.match``).

A document allocates tens of thousands of short-lived containers (tokens, units, segments,
evidence dicts), nearly all freed by reference counting as soon as the document is done. With
the collector on, each 700 allocations start a young collection that walks every container
still alive, and every tenth one walks the older young generation too: measured, ~8% of a
document's time from the caches, plus a full collection over the run's caches in one pass of
two. Held off for the document, its next collection (when allocations after the document
reach the threshold again) walks only what survived.

One matcher query is the same on a smaller scale: its similarity memo holds thousands of
(key, value) tuples until the query ends, and a collection in the middle of it promoted them
towards the old generation, whose growth sets off full collections over the whole loaded
index (a first pass of 2,000 queries on a 100,000-entity gazetteer: two full collections and
~10% of its CPU time with the collector on; one, and ~6%, held per query).

Process-wide state, so it is shared: nested or concurrent documents (threads) hold it off
together, and the collector is turned back on only when the last one is done, and only if it
was on when the first one began (a caller that turned it off keeps it off).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_held = 0  # documents in progress
_was_enabled = False  # the collector's state when the first of them began


@contextmanager
def collector_held() -> Iterator[None]:
    """Hold off the cyclic garbage collector for the ``with`` block (see the module docs)."""
    global _held, _was_enabled
    with _LOCK:
        if _held == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _held += 1
    try:
        yield
    finally:
        with _LOCK:
            _held -= 1
            if _held == 0 and _was_enabled:
                gc.enable()
