"""The rewritten text: each linked mention replaced by its entity's canonical English name.

Nothing outside mention spans changes: a possessive stays ("Haftar’s" -> "Khalifa Haftar’s"
because the span never includes "’s"). When a mention ends with a unit head noun the canonical
name lacks ("Accord forces", "Al-Wefaq Forces"), the head is kept after the canonical name
("Government of National Accord forces"): the text speaks of the body's forces, not the body.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from normx.detect.lexicon import Lexicon
from normx.text.latin import fold, split_words

if TYPE_CHECKING:
    from normx.resolve.document import Mention


def replacement(mention: Mention, lex: Lexicon) -> str:
    """What a linked mention is rewritten to."""
    return _replacement(mention.text, mention.canonical or mention.text, lex.unit_heads)


@lru_cache(maxsize=65_536)
def _replacement(text: str, canonical: str, unit_heads: frozenset[str]) -> str:
    """Cached: a document repeats its mentions, and news its names."""
    words = text.split()
    if len(words) > 1:
        head = words[-1]
        folded = fold(head)
        canon_words = {p for w in split_words(fold(canonical)) for p in w}
        if folded in unit_heads and folded not in canon_words:
            return f"{canonical} {head}"
    return canonical


def rewrite(text: str, mentions: Sequence[Mention], lex: Lexicon) -> str:
    """*text* with every linked mention replaced (mentions sorted, never overlapping)."""
    out: list[str] = []
    pos = 0
    for m in mentions:
        if m.id is None:
            continue
        out.append(text[pos : m.start])
        out.append(replacement(m, lex))
        pos = m.end
    out.append(text[pos:])
    return "".join(out)
