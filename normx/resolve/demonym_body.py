"""A body named with its people's demonym: "the Russian Ministry of Defense".

A demonym opening a span is context (:mod:`normx.resolve.context_words`): "Turkish Defense
Minister Hulusi Akar" names the minister, and "Turkish" only describes him. For a body the
demonym is what tells it apart: every state has a "Ministry of Defense", and gazetteers built
from Wikipedia titles keep them apart by a qualifier, "Ministry of Defence (Russia)", or hold
the Arabic name with the nisba, وزارة الدفاع الروسية, which the demonym glosses. With the
demonym left out, the rest ties between the namesakes (or is "a kind of body", no body) and
the span comes out as nothing at all, not even an unknown name.

The rule, for a span that yields nothing: when it opens with a demonym and holds a capitalised
body head noun (``heads.yaml``; "the Egyptian parliament" in lower case describes, as
:mod:`normx.detect.spans` has it, and is linked only by its own words), the whole range,
demonym included, is decided once more as the linker decides any range
(:meth:`~normx.resolve.decision.RangeDecisions.link`, with its thresholds and ties); an
organisation found so is the span's link. Nothing else changes: a span the linker already
linked or left as an unknown name is not asked again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.demonym_weak import whole_but_weak
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.detect.spans import Span
    from normx.resolve.linker import SpanLinker


def demonym_body_segs(linker: SpanLinker, span: Span) -> list[Seg]:
    """The span's one segment linked to an organisation through its demonym, or ``[]``
    (see the module docstring); for spans that the linker resolved to nothing."""
    if span.phrase:
        return []
    first, last = linker.trim(span.first, span.last)
    if last <= first:
        return []
    forms, lex = linker.forms, linker.lex
    if forms[first] not in lex.demonyms or lex.is_context(forms[first + 1]):
        return []  # "Libyan Prime Minister": a title next, a person's context
    if not any(forms[t] in lex.body_heads for t in range(first + 1, last + 1)):
        return []
    tokens = linker.tokens
    if not all(tokens[t].cap or forms[t] in lex.connectors for t in range(first + 1, last + 1)):
        return []  # "the Egyptian parliament": a description (spans.py), not a body's name
    seg = linker.decisions.link(first, last)
    seg = whole_but_weak(seg)  # "Turkish Ministry of Defense": normx.resolve.demonym_weak
    if seg.cand is None or seg.cand.type != "ORG" or seg.partial:
        return []
    return [seg]
