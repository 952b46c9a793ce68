"""A word written right after a body's name that renders a word of its Arabic name is the body's.

The gazetteer may hold a body by the short form English uses ("Al-Wasat") while its Arabic name
has one more word (بوابة الوسط, "the Al-Wasat portal"). Machine translation renders the whole
Arabic name, "Al-Wasat Gate": no gazetteer spells that, so the linker cuts the span, links
"Al-Wasat" to the news site and asks about "Gate" alone, which a place's alias spells
exactly (Ghat, "Gate" in OpenStreetMap). The word is no name of its own: it is the body's
Arabic word in English. So a one-word segment right after a segment linked to an organisation,
one space between them, whose word is an ordinary word of the gloss lexicon (no country or
people) glossing a word of that organisation's Arabic name that its English names lack, is
dropped before coreference: the body's mention stands, the word takes no link and names no
unknown entity.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg


def body_tails_dropped(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[Seg]:
    """*segs* without the words that render the Arabic name of the body linked right before."""
    drop = {i for i in range(1, len(segs)) if _tail_of_body(linker, rt, segs[i - 1], segs[i])}
    return [s for i, s in enumerate(segs) if i not in drop] if drop else segs


def _tail_of_body(linker: SpanLinker, rt: Runtime, prev: Seg, seg: Seg) -> bool:
    """*seg* is one word right after *prev*, a body, that renders a word of its Arabic name."""
    body = prev.cand
    if seg.first != seg.last or seg.first != prev.last + 1 or body is None or body.type != "ORG":
        return False
    tokens = linker.tokens
    if linker.text[tokens[prev.last].end : tokens[seg.first].start] != " ":
        return False
    word = linker.forms[seg.first]
    entry = default_lexicon().entries.get((word,))
    if entry is None or entry.place or word in rt.english_words(body.id):
        return False
    glosses = {w for r in entry.renderings for w in arabic_words(" ".join(r))}
    return any(glosses.intersection(name) for name in rt.arabic_names(body.id))
