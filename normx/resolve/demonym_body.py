"""A body named with its people's demonym: "the Russian Ministry of Defense".

A demonym opening a span is context (:mod:`normx.resolve.context_words`): "Turkish Defense
Minister Hulusi Akar" names the minister, and "Turkish" only describes him. For a body the
demonym is what tells it apart: every state has a "Ministry of Defense", and gazetteers built
from Wikipedia titles keep them apart by a qualifier, "Ministry of Defence (Russia)", or hold
the Arabic name with the nisba, وزارة الدفاع الروسية, which the demonym glosses. With the
demonym left out, the rest ties between the namesakes (or is "a kind of body", no body) and
the span comes out as nothing at all, not even an unknown name.

The rule, for a span that yields nothing: when it opens with a demonym and holds a capitalised
body head noun (``heads.yaml``, or a kind of body of the gloss lexicon, :func:`kind_words`;
"the Egyptian parliament" in lower case describes, as
:mod:`normx.detect.spans` has it, and is linked only by its own words), the whole range,
demonym included, is decided once more as the linker decides any range
(:meth:`~normx.resolve.decision.RangeDecisions.link`, with its thresholds and ties); an
organisation found so is the span's link. Nothing else changes: a span the linker already
linked or left as an unknown name is not asked again.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.resolve.core_name import AIRLINE_WORDS, kind_named_one, unpaired_name_words
from normx.resolve.demonym_weak import whole_but_weak
from normx.resolve.segment import Seg


@cache
def kind_words() -> frozenset[str]:
    """The gloss lexicon's kinds of body (``generic``: "federation", "club"), heads too.

    A sport is a field every country has a body for (the lexicon's ``portfolios``), so
    "Football Federation" alone is no one country's federation; "the Egyptian Football
    Federation" is Egypt's through its demonym, as "the Russian Ministry of Defense" is
    Russia's (session 23, h-v39b23)."""
    return default_lexicon().generic


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
    heads = lex.body_heads | kind_words()
    if not any(forms[t] in heads for t in range(first + 1, last + 1)):
        return demonym_airline_segs(linker, first, last)
    tokens = linker.tokens
    if not all(tokens[t].cap or forms[t] in lex.connectors for t in range(first + 1, last + 1)):
        return []  # "the Egyptian parliament": a description (spans.py), not a body's name
    seg = linker.decisions.link(first, last)
    seg = whole_but_weak(seg)  # "Turkish Ministry of Defense": normx.resolve.demonym_weak
    if seg.cand is None or seg.cand.type != "ORG" or seg.partial:
        return []
    return [seg]


def demonym_airline_segs(linker: SpanLinker, first: int, last: int) -> list[Seg]:
    """A demonym and an airline's kind word ("Libyan Airways") as the one airline named by
    that demonym and airline words only (Libyan Airlines), or ``[]``.

    A country's carrier is named by its people's word and a word for an airline, and
    translation picks any of them for الخطوط الجوية ("Airways", "Airlines", "Air"); the
    matcher pairs the demonym and leaves both kind words unpaired, and the span went to
    nothing (the demonym cut off as context, "Airways" alone linked nowhere: articles-v36's
    first run; session 23, h-first23). Only capitalised airline words after the demonym, and
    only a record whose words besides it are airline words: "Libyan Company" is no airline.
    """
    tokens, forms = linker.tokens, linker.forms
    if not all(forms[t] in AIRLINE_WORDS and tokens[t].cap for t in range(first + 1, last + 1)):
        return []
    if _head_further_on(linker, last):
        return []
    query = linker.query_for(first, first)  # asked whole, every "Libyan ..." body outranks it
    if query is None:
        return []
    found = kind_named_one(linker.decisions.match(query, False), firm=True)
    if found is None or found.type != "ORG":
        return []
    if not unpaired_name_words(found) <= AIRLINE_WORDS:
        return []
    return [Seg(first, last, replace(found, method="kind-named"), False)]


def _head_further_on(linker: SpanLinker, last: int) -> bool:
    """The span's last word "Air" shares a head written after a coordination ("the Libyan Air
    and Naval Forces", القوات الجوية والبحرية): the detector cut the span at "and", and "Air"
    there is the forces' word, no airline's. A coordination whose capitalised words end in an
    airline word ("Libyan Air and Afriqiyah Airways") names two airlines, and is kept.
    Session 23 (h-review23a): the demonym rule linked the Libyan Air and Naval Forces to
    Libyan Airlines."""
    tokens, forms, text = linker.tokens, linker.forms, linker.text
    k = last + 1
    if forms[last] != "air" or k >= len(tokens) or tokens[k].sent_start:
        return False
    if forms[k] in ("and", "or"):
        k += 1
    elif "," not in text[tokens[last].end : tokens[k].start]:
        return False
    j = k
    while j < len(tokens) and tokens[j].cap and not tokens[j].sent_start:
        j += 1
    return j > k and forms[j - 1] not in AIRLINE_WORDS


def demonym_airlines_kept(linker: SpanLinker, found: list[Seg]) -> list[Seg]:
    """*found* with each unlinked segment of airline words right after a capitalised demonym
    that no segment holds ("the Libyan Airways and the African Airways": the coordination
    cut the span in two and left the demonym out as context) decided as
    :func:`demonym_airline_segs` decides the demonym and the words."""
    forms, tokens, demonyms = linker.forms, linker.tokens, linker.lex.demonyms
    out: list[Seg] | None = None
    for k, seg in enumerate(found):
        d = seg.first - 1
        if (
            seg.cand is None
            and d >= 0
            and forms[seg.first] in AIRLINE_WORDS
            and forms[d] in demonyms
            and tokens[d].cap
            and not any(s.first <= d <= s.last for s in found)
        ):
            whole = demonym_airline_segs(linker, d, seg.last)
            if whole:
                out = out if out is not None else list(found)
                out[k] = whole[0]
    return found if out is None else out
