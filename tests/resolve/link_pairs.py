"""What a canonicalized text linked, in the shapes the resolve tests compare.

Shared by the small-gazetteer tests so each states only its records and sentences.
"""

from __future__ import annotations

from normx.api import Normalizer


def link_map(nz: Normalizer, text: str) -> dict[str, str | None]:
    """Each mention's text -> the id it links to (None: reported unlinked)."""
    return {m.text: m.id for m in nz.canonicalize(text).mentions}
