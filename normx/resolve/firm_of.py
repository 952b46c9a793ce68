"""A firm written "Company of X": the Arabic construct شركة X rendered word for word.

Arabic running text names a firm by its kind and then its own name: شركة ميدسكاي ("the
company Medsky"), شركة البيرق, شركة البراق للنقل الجوي. Machine translation keeps the
construct word for word, with "of": "the Company of Medsky", "the Company of Albayrak", "the
Company of the Buraq for the Air Transport". The firm's own name, as Wikipedia titles and the
gazetteers hold it, is X with its own kind words (Medsky Airways, Albayrak Group, Buraq Air)
and without the head noun the sentence put before it: asked whole, the span pairs every
"... Company" record of the gazetteer and the firm never comes up, so the span stayed one
unknown name.

So an unlinked span that opens with a kind of firm the name may leave unsaid (the gloss
lexicon's ``unsaid_kinds``: "company") and "of" (and "the") is asked by its own word X alone,
the words up to the first joining word ("for": the construct's لـ, what the firm does), and
read as :func:`~normx.resolve.core_name.kind_named_one` reads a business's own word: the one
record whose name is that word and a business's kind words (*firm*: a place is no reading,
"the Company of the Buraq" is no Al Abraq). The whole span is the mention, so a later "the
Company" finds the firm named so (:mod:`normx.resolve.generic`). The gloss matcher excuses the
same head when the whole is said (:func:`normx.mt.gloss_score.score_name`: "Company of the
Turkish Airlines" is الخطوط الجوية التركية); this rule is for the names the gloss lexicon
cannot say. "The Ghadames Company" (own word first, then the firm's word: what
:func:`~normx.resolve.core_name.own_word_firm` reads after coreference) is linked here too, so
that "the Company" a sentence later finds it and not an airline named before. Runs per span,
before coreference (session 30, h-v49fix).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.resolve.core_name import CONNECTORS, kind_forms, kind_named_one, own_word_end
from normx.resolve.segment import CALQUE_ARTICLE, Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.span_tokens import SpanTokens


def firm_name_start(words: SpanTokens, first: int, last: int) -> int | None:
    """The token where the firm's own name starts, when tokens *first* .. *last* open with a
    capitalised kind of firm the name may leave unsaid and "of" ("Company of (the) X"); None
    otherwise."""
    if last - first < 2:
        return None
    tokens, forms = words.tokens, words.forms
    if not tokens[first].cap or forms[first] not in default_lexicon().unsaid_kinds:
        return None
    if forms[first + 1] != "of":
        return None
    start = first + 2
    if forms[start] in CALQUE_ARTICLE:  # "the", MT's article (connectors.yaml)
        start += 1
    if start > last or not tokens[start].cap:
        return None
    return start


def _own_word_range(linker: SpanLinker, seg: Seg) -> tuple[int, int] | None:
    """The tokens of the firm's own word in "Company of (the) X (for the Y)", or in "X Company
    (for Air Transport)" (a firm's word after it, as
    :func:`~normx.resolve.core_name.own_word_firm` reads it); None for any other segment."""
    start = firm_name_start(linker, seg.first, seg.last)
    if start is not None:
        end = start
        while end < seg.last and linker.forms[end + 1] not in CONNECTORS:
            end += 1
        return start, end
    end = own_word_end(linker, seg.first, seg.last, kind_forms())
    if end is None or len(linker.name_units(seg.first, end)) != 1:
        return None  # one own word, as core_name reads it
    return seg.first, end


def _only_kinds_beside(linker: SpanLinker, seg: Seg, start: int, end: int) -> bool:
    """Every word of *seg* outside its own word (tokens *start* .. *end*) is a kind word, a
    joining word or "the" ("Company of the | Buraq | for the Air Transport"): one own word, as
    :mod:`normx.resolve.core_name` asks. "Libyana Company for Mobile Phone" says what the
    firm does in words of its own, and "Libyana" alone is no reading of it."""
    kinds = kind_forms() | default_lexicon().unsaid_kinds | CONNECTORS | CALQUE_ARTICLE
    outside = [*range(seg.first, start), *range(end + 1, seg.last + 1)]
    return all(w.form in kinds for t in outside for w in linker.core_words(t, t))


def firm_of_seg(linker: SpanLinker, seg: Seg) -> Seg:
    """*seg*, or *seg* linked to the business its own word names (see the module
    docstring)."""
    if seg.cand is not None or seg.phrase or seg.generic:
        return seg
    own = _own_word_range(linker, seg)
    if own is None:
        return seg
    start, end = own
    if not _only_kinds_beside(linker, seg, start, end):
        return seg
    # an own word spelled exactly like a name (a town's: "Ghadames") asks no query of its own
    query = linker.query_for(start, end) or linker.surface(start, end)
    found = kind_named_one(linker.decisions.match(query, False), firm=True)
    if found is None or found.type != "ORG":
        return seg
    return Seg(seg.first, seg.last, replace(found, method="kind-named"), False, context=seg.context)


def firms_of_linked(linker: SpanLinker, found: list[Seg]) -> list[Seg]:
    """*found* (one span's segments) with each "Company of X" segment decided as
    :func:`firm_of_seg` decides it."""
    return [firm_of_seg(linker, seg) for seg in found]
