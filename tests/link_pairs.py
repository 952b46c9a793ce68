"""What a canonicalized text linked, in the shapes the resolve tests compare.

Shared by the small-gazetteer tests so each states only its records and sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.api import Normalizer
from normx.gazetteer.schema import Record


def link_map(nz: Normalizer, text: str) -> dict[str, str | None]:
    """Each mention's text -> the id it links to (None: reported unlinked)."""
    return {m.text: m.id for m in nz.canonicalize(text).mentions}


def pairs(records: Sequence[Record], text: str) -> list[tuple[str, str | None]]:
    """Each mention's (text, id) in text order, canonicalized by a fresh normalizer."""
    return [(m.text, m.id) for m in Normalizer.from_records(records).canonicalize(text).mentions]


def pairs_for(
    records: Sequence[Record], *, linked_only: bool = False
) -> Callable[[str], list[tuple[str, str | None]]]:
    """A test module's ``_links(text)``: its records fixed, optionally only the linked mentions.

    Each call builds a fresh normalizer, as the tests did one by one, so no test depends on
    what an earlier call left in a cache.
    """

    def links(text: str) -> list[tuple[str, str | None]]:
        found = pairs(records, text)
        return [(t, i) for t, i in found if i is not None] if linked_only else found

    return links


def mention_pairs(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    """Each mention's (text, id) in text order, canonicalized by *nz*."""
    return [(m.text, m.id) for m in nz.canonicalize(text).mentions]


def linked_pairs(nz: Normalizer, text: str) -> list[tuple[str, str | None]]:
    """The linked mentions' (text, id) in text order, canonicalized by *nz*."""
    return [(t, i) for t, i in mention_pairs(nz, text) if i is not None]
