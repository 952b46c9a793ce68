"""A portfolio before its head noun: "the Interior Ministry", the Ministry of Interior.

English writes a ministry either way, "the Ministry of Interior" or "the Interior Ministry";
the Arabic name is one (وزارة الداخلية). The first order is a head with its complement and is
read as one name (:func:`~normx.resolve.body_names.head_with_complement`); in the second the
portfolio word reads as a title's context ("Interior Minister") and the head alone names no
body, so the span was dropped whole. Its gloss says all of it: وزارة الداخلية.

The rule: a span of exactly a context word and a body head noun after it, whose whole reading
by the linker is one organisation found by an exact name or by gloss (the words are generic,
so a likeness of their spelling is no evidence: every country's ministry spells them), that
explains every word of the span and is no tie, is that body's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.segment import Seg, is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

EVIDENCE = ("exact", "gloss")  # as body_names.GENERIC_EVIDENCE


def portfolio_then_head(linker: SpanLinker, first: int, last: int) -> Seg | None:
    """The body a "<portfolio> <head>" span names, if one (see the module docstring)."""
    if last != first + 1:
        return None
    lex, forms = linker.lex, linker.forms
    if forms[last] not in lex.body_heads or not lex.is_context(forms[first]):
        return None
    if forms[first] in lex.demonyms:  # "Libyan Army": normx.resolve.body_names._people_body
        return None
    whole = linker.link(first, last)
    cand = whole.cand
    if cand is None or whole.ambiguous or cand.type != "ORG" or not is_clean(cand):
        return None
    return whole if cand.method in EVIDENCE else None
