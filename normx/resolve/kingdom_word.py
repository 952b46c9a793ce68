""" "The Kingdom" is the kingdom the document speaks of, not the one named "United Kingdom".

Arabic writers call Saudi Arabia المملكة, "the Kingdom", once they have named it (المملكة
العربية السعودية: "the Kingdom of Saudi Arabia"); Jordan's and Morocco's papers do the same for
their own. The lone word reaches the United Kingdom by likeness alone (one word of its two), so
a text about the Hajj or a Saudi court's ruling would send "the Kingdom has a great influence"
to Britain. The word is a kind of state (المملكة), so it names the state of that kind the
document links elsewhere:

* right before "of" and a place ("the Kingdom of Saudi Arabia") it is a word of that place's
  formal name, and no link of its own;
* otherwise it takes the one country the document links elsewhere whose Arabic name holds the
  word's rendering (المملكة العربية السعودية, or المملكة المتحدة when the text names Britain);
* with none, or several, it links nothing.

Only a lone word of this kind, linked by likeness to a place: "United Kingdom" spelled out
stands.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.coordinated_order import writes_gloss
from normx.resolve.segment import Seg, relinked, sole_linked
from normx.text.latin import fold
from normx.text.resources import word_table

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

# kinds of state a text may name its state by once named, and the Arabic word (normalised,
# article off) of that kind in a state's name: المملكة العربية السعودية, الجمهورية التونسية.
# Kept here, not in the gloss lexicon, whose body matching would read "Kingdom of Saudi" as a
# name of its own and leave "Arabia" to a look-alike.
# (data/country_words.yaml, state_kinds)
STATE_WORDS = {
    kind: frozenset({arabic})
    for kind, arabic in word_table("normx.resolve", "country_words.yaml", "state_kinds").items()
}
METHOD = "coref"
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)


def kingdom_words(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[Seg]:
    """*segs* with each lone state word given to the document's state of that kind (see the
    module docstring)."""
    out = segs
    for k, seg in enumerate(segs):
        cand = seg.cand
        if cand is None or cand.type != "LOC" or cand.method not in LIKENESS_METHODS:
            continue
        if not _lone_state_word(linker, seg):
            continue
        word = fold(linker.surface(seg.first, seg.last))
        state = None if _of_a_place(linker, segs, k) else _document_state(linker, rt, word, segs)
        if out is segs:
            out = list(segs)
        out[k] = relinked(seg, state, () if state is not None else (cand,))
    return out


def _lone_state_word(linker: SpanLinker, seg: Seg) -> bool:
    """The segment is one word, a kind of state ("Kingdom")."""
    return seg.first == seg.last and fold(linker.surface(seg.first, seg.last)) in STATE_WORDS


def _of_a_place(linker: SpanLinker, segs: list[Seg], k: int) -> bool:
    """The word is followed by "of" and a segment linked to a place."""
    if k + 1 >= len(segs):
        return False
    nxt = segs[k + 1]
    if nxt.cand is None or nxt.cand.type != "LOC":
        return False
    gap = linker.text[linker.tokens[segs[k].last].end : linker.tokens[nxt.first].start]
    return _OF.fullmatch(gap) is not None


def _document_state(
    linker: SpanLinker, rt: Runtime, word: str, segs: list[Seg]
) -> Candidate | None:
    """The one place linked by a segment other than a lone state word whose Arabic name
    holds *word*'s Arabic word."""
    said = STATE_WORDS[word]

    def holds_word(seg: Seg, c: Candidate) -> bool:
        return (
            c.type == "LOC"
            and not _lone_state_word(linker, seg)
            and any(writes_gloss(n, said) for n in rt.arabic_names(c.id))
        )

    c = sole_linked(segs, holds_word)
    if c is None:
        return None
    return Candidate(c.id, c.name, c.type, c.score, c.matched, METHOD, {})
