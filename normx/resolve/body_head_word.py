"""A word after a lower-case body head is the body whose name holds it, not a look-alike place.

"The Union européenne mission Irini, which patrols off the Libyan coast": the text writes a
body's head ("mission", :data:`~normx.detect.lexicon.Lexicon.body_heads`) in lower case right
before the name proper, so the word names a body. A small gazetteer answers the lone word with
the one body whose name holds it (Operation Irini, 0.78, by one word of its name); among 40,000
places it first meets the village Iryani (0.90, by likeness), and the village won on the word
alone. :mod:`normx.resolve.head_before` reads such a head when the body's name opens with it
("operation Irene": Operation Irini); a translation often writes another head than the
gazetteer's ("mission" for عملية, "operation"), and the head and word then make no name.

What the text says still holds: the word names a body, and a place matched only by likeness
(a letter or two apart, not spelled as the text spells it) is chance. So a one-word segment
linked by likeness (phonetic, fuzzy, cross-script) to a place, written right after a
lower-case body head, is linked to the body among the matcher's answers for the word whose
English names hold the word letter for letter, when there is exactly one such body. Without
one the place stands (the head may merely precede a place: "the council Tripoli" is rare but
the rule has nothing to offer instead).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.resolve.segment import Resolved, linked_evidence, lookalike_place_word
from normx.text.normalize import normalize_name

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def _body_holding(rt: Runtime, surface: str) -> Candidate | None:
    """The one body among the matcher's answers for *surface* whose English names hold its
    one word as written (None: none, several, or *surface* is no single name word)."""
    word = normalize_name(surface)
    if not word or " " in word:
        return None
    bodies = {
        c.id: c for c in rt.match(surface) if c.type == "ORG" and word in rt.english_words(c.id)
    }
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def body_head_words(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each look-alike place after a lower-case body head relinked to the body
    whose name holds the word (see the module)."""
    out: list[Resolved] = []
    heads = rt.lex.body_heads
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and lookalike_place_word(seg, cand, evidence)
            and not (seg.phrase or seg.generic or seg.context)
        ):
            head = word_before(linker.text, linker.tokens[seg.first].start, 40)
            if head is not None and head.islower() and head in heads:
                body = _body_holding(rt, linker.surface(seg.first, seg.last))
                if body is not None:
                    cand = body
                    evidence = linked_evidence(
                        evidence, {"body_head": head, "matched": body.matched}
                    )
        out.append((seg, cand, evidence))
    return out
