"""Figures a gazetteer curator needs: counts, names per entity, and alias collisions.

A *collision* is one normalised name shared by two or more entities: the matcher cannot tell
them apart by that name, so a mention spelled that way is ambiguous. Collisions are computed
with the project's shared name normaliser (:func:`normx.text.normalize.normalize_name`), the
same one the matcher uses, so what is reported here is exactly what the matcher will see.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from normx.gazetteer.loader import Gazetteer
from normx.gazetteer.schema import ENTITY_TYPES, Record


@dataclass(frozen=True, slots=True)
class Collision:
    """One normalised name and the entities that share it, with the names that produced it."""

    key: str
    entities: tuple[str, ...]
    names: tuple[tuple[str, str], ...]  # (entity id, name as written), in record order

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "entities": list(self.entities),
            "names": [{"id": rid, "name": name} for rid, name in self.names],
        }


@dataclass(frozen=True, slots=True)
class GazetteerStats:
    """Summary figures of a set of records (see :func:`gazetteer_stats`)."""

    records: int
    files: int
    by_type: tuple[tuple[str, int], ...]
    names_en: int
    names_ar: int
    names_per_entity_min: int
    names_per_entity_mean: float
    names_per_entity_max: int
    names_histogram: tuple[tuple[int, int], ...]  # (names per entity, entities), ascending
    collisions: tuple[Collision, ...]  # most entities first, then by key

    @property
    def names(self) -> int:
        return self.names_en + self.names_ar

    def to_dict(self, top: int | None = None) -> dict[str, Any]:
        """JSON-ready form; ``top`` limits the collisions listed (the count is always total)."""
        shown = self.collisions if top is None else self.collisions[: max(top, 0)]
        return {
            "records": self.records,
            "files": self.files,
            "by_type": dict(self.by_type),
            "names": {"total": self.names, "en": self.names_en, "ar": self.names_ar},
            "names_per_entity": {
                "min": self.names_per_entity_min,
                "mean": round(self.names_per_entity_mean, 3),
                "max": self.names_per_entity_max,
                "histogram": {str(n): count for n, count in self.names_histogram},
            },
            "collisions": {
                "total": len(self.collisions),
                "top": [c.to_dict() for c in shown],
            },
        }


def _default_key() -> Callable[[str], str]:
    # Imported here, not at module level: the text package is heavy and only stats needs it.
    from normx.text.normalize import normalize_name

    return normalize_name


def find_collisions(
    records: Iterable[Record], *, key: Callable[[str], str] | None = None
) -> tuple[Collision, ...]:
    """Normalised names shared by two or more entities, most entities first, then by key.

    ``key`` defaults to the shared name normaliser; names it maps to "" are ignored.
    """
    key = key or _default_key()
    holders: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for record in records:
        for _lang, text, _canonical in record.all_names():
            normal = key(text)
            if normal:
                holders[normal].setdefault(record.id, []).append(text)
    found = [
        Collision(
            normal,
            tuple(sorted(by_entity)),
            tuple((rid, text) for rid, texts in by_entity.items() for text in texts),
        )
        for normal, by_entity in holders.items()
        if len(by_entity) >= 2
    ]
    found.sort(key=lambda c: (-len(c.entities), c.key))
    return tuple(found)


def gazetteer_stats(
    gazetteer: Gazetteer | Iterable[Record],
    *,
    key: Callable[[str], str] | None = None,
    collisions: bool = True,
) -> GazetteerStats:
    """Counts by type, names per entity (min/mean/max and histogram) and alias collisions.

    Accepts a loaded :class:`Gazetteer` or any iterable of :class:`Record`; ``key`` overrides
    the name normaliser used to find collisions; ``collisions=False`` skips finding them (the
    slow part). Raises ``TypeError`` for anything else.
    """
    if isinstance(gazetteer, Gazetteer):
        records, files = gazetteer.records, len(gazetteer.files)
    elif isinstance(gazetteer, Iterable) and not isinstance(gazetteer, str | bytes):
        records, files = tuple(gazetteer), 0
        for record in records:
            if not isinstance(record, Record):
                raise TypeError(f"gazetteer_stats needs Records, got {type(record).__name__}")
    else:
        raise TypeError(
            f"gazetteer_stats needs a Gazetteer or Records, got {type(gazetteer).__name__}"
        )
    types = Counter(r.type for r in records)
    order = list(ENTITY_TYPES) + sorted(set(types) - set(ENTITY_TYPES))
    per_entity = [len(r.names("en")) + len(r.names("ar")) for r in records]
    histogram = Counter(per_entity)
    return GazetteerStats(
        records=len(records),
        files=files,
        by_type=tuple((t, types.get(t, 0)) for t in order),
        names_en=sum(len(r.names("en")) for r in records),
        names_ar=sum(len(r.names("ar")) for r in records),
        names_per_entity_min=min(per_entity, default=0),
        names_per_entity_mean=sum(per_entity) / len(per_entity) if per_entity else 0.0,
        names_per_entity_max=max(per_entity, default=0),
        names_histogram=tuple(sorted(histogram.items())),
        collisions=find_collisions(records, key=key) if collisions else (),
    )
