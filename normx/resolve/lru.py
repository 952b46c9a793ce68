"""A bounded least-recently-used map: the run's caches grow with the vocabulary, not forever.

News repeats its names, so the answers worth keeping are the recently used ones; a plain dict
keeps insertion order, so moving a hit to the end and dropping the first key is all an LRU needs.
"""

from __future__ import annotations

from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class LRU(Generic[K, V]):
    """At most ``maxsize`` entries; a hit makes an entry the most recent."""

    __slots__ = ("_data", "maxsize")

    def __init__(self, maxsize: int) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.maxsize = maxsize
        self._data: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        data = self._data
        value = data.pop(key, None)
        if value is not None:
            data[key] = value
        return value

    def put(self, key: K, value: V) -> None:
        data = self._data
        data.pop(key, None)
        data[key] = value
        if len(data) > self.maxsize:
            data.pop(next(iter(data)), None)

    def __len__(self) -> int:
        return len(self._data)

    def __contains__(self, key: object) -> bool:
        return key in self._data
