"""A key set of the shipped gazetteers, asked by name and read once, at the first question.

The document rules ask "is this a country?" or "is this a town?" of every place mention and its
neighbours (~40 calls a document). The key functions behind them (``country_keys``,
``town_keys``) look up the shipped gazetteer roots on each call (before session 23 they listed
the files again too: half of a cached pass). A run state holds one :class:`ShippedKeys` per
question, so the roots are read once per run and at the first question only: a run that never
asks never reads them, and ``NORMX_DEFAULT_GAZETTEERS`` is honoured as it stands then.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.text.normalize import normalize_name

__all__ = ["ShippedKeys"]


class ShippedKeys:
    """Whether a text's normalised form is one of the keys *fetch* returns; *fetch* is called
    once, at the first question."""

    __slots__ = ("_fetch", "_keys")

    def __init__(self, fetch: Callable[[], frozenset[str]]) -> None:
        self._fetch = fetch
        self._keys: frozenset[str] | None = None

    def __call__(self, text: str) -> bool:
        keys = self._keys
        if keys is None:
            keys = self._keys = self._fetch()
        return normalize_name(text) in keys
