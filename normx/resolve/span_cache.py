"""Resolved spans remembered across documents, keyed by everything resolution reads of a span.

News repeats its names: "Khalifa Haftar", "the Government of National Accord", "Tripoli" come
back in every article. Resolving a span (:class:`~normx.resolve.linker.SpanLinker`) reads only
the span's own text, its token boundaries and the name units over it (kinds and core forms),
and, for a lower-case phrase, the word before it (:mod:`normx.resolve.kind_phrase`), for a
name of two units or more the country its sentence opens with
(:func:`~normx.resolve.country_frame.opening_country`) and which of its words the document
writes alone after an article (:func:`~normx.resolve.capitals_only.house_words`), plus
run-wide data (gazetteer, lexicon, matcher answers, which depend on the query alone). With
those as the key, the segments found once serve every later occurrence, shifted to where the
span now starts; a miss resolves the span as usual. Bounded (:class:`~normx.resolve.lru.LRU`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.resolve.capitals_only import capitals_only
from normx.resolve.country_frame import opening_country
from normx.resolve.lru import LRU
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.detect.spans import Span
    from normx.resolve.linker import SpanLinker

SPAN_CACHE_MAX = 20_000  # ~3 KB each (see normx.resolve.runtime)


def span_key(linker: SpanLinker, span: Span) -> tuple[Any, ...]:
    """What resolution reads of *span*: its text, token boundaries and name units (relative).

    Made for every span of every document: a one-token span that is one name unit (the most
    common kind) is keyed without the general loops, by its text, the unit's kind and forms.
    """
    tokens = linker.tokens
    first, last = span.first, span.last
    tok = tokens[first]
    base = tok.start
    at = linker.unit_index
    u0, u1 = at[first], at[last]
    if first == last and u0 == u1:
        u = linker.units[u0]
        if u.first == first and u.last == last:
            # one word, one unit: the text says the bounds, so the unit's kind and forms are
            # all there is to add (a 4-tuple no longer key can equal: its third item is a str)
            return (span.phrase, linker.text[base : tok.end], u.kind, u.forms)
        return (
            span.phrase,
            linker.text[base : tok.end],
            ((0, tok.end - base),),
            ((u.first - first, u.last - first, u.kind, u.forms),),
        )
    bounds = tuple([(t.start - base, t.end - base) for t in tokens[first : last + 1]])
    units = tuple(
        [(u.first - first, u.last - first, u.kind, u.forms) for u in linker.units[u0 : u1 + 1]]
    )
    if span.phrase:  # a phrase reads the word before it too (normx.resolve.kind_phrase)
        before = tokens[first - 1].form if first > 0 else ""
        return (span.phrase, linker.text[base : tokens[last].end], bounds, units, before)
    # a name of two units or more reads the country its sentence opens with ("In Saudi
    # Arabia, the Supreme Court": normx.resolve.country_frame.opened_choice)
    opener = opening_country(linker.text, base) if u1 > u0 else ""
    # ... and which of its words the document writes alone as an acronym written as a word
    # ("the Unesco said": normx.resolve.capitals_only.house_words)
    words = linker.house_words
    house = (
        tuple(
            t
            for t in range(first, last + 1)
            if tokens[t].text in words
            and capitals_only(tokens[t].text, linker.exact_candidates(t, t))
        )
        if words
        else ()
    )
    house = tuple(t - first for t in house)
    return (span.phrase, linker.text[base : tokens[last].end], bounds, units, opener, house)


class SpanCache:
    """Segments per span key, in span-relative token positions."""

    def __init__(self, maxsize: int = SPAN_CACHE_MAX) -> None:
        self._lru: LRU[tuple[Any, ...], tuple[Seg, ...]] = LRU(maxsize)

    def resolve(self, linker: SpanLinker, span: Span) -> list[Seg]:
        """The segments of *span* (resolved by *linker* on a miss)."""
        key = span_key(linker, span)
        hit = self._lru.get(key)
        if hit is not None:
            return [seg.shifted(span.first) for seg in hit]
        segs = linker.resolve(span.first, span.last, phrase=span.phrase)
        self._lru.put(key, tuple(seg.shifted(-span.first) for seg in segs))
        return segs
