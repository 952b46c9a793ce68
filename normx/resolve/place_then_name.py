"""A place after a preposition of place, run together with a person's name that follows it.

Translation from Arabic keeps the Arabic order "arrested in Tripoli Nazih Abdul Hamid
Al-Raqi" (اعتقلت في طرابلس نزيه عبد الحميد الرقيعي): the place, then the object's full name,
with nothing between. :func:`~normx.resolve.fused_names.fused` reads a linked place followed by
a name word that links nothing as the first word of an unknown name ("Libya Al-Ahrar", a
channel; "Tripoli Revolutionaries Brigade"), which would lose the place. After a preposition
of place ("in", "from", "at": the lexicon's ``locative`` words), with no article between
(such names take "the": "on the Libya Al-Ahrar channel"), a place followed by a man's full
name, three name words or more (given, father's, family name: two may be the rest of a
building's or channel's name, "to Libya Al-Ahrar Tower"), none of which says what kind of
thing a name is (a body, unit or facility head, a designator: "in Tripoli Central Hospital"
stays one unknown name), is the place, and the words after it are a name of their own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.detect.tokens import word_before
from normx.resolve.context_words import name_word
from normx.resolve.designators import designator_words
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

MIN_NAME_WORDS = 3  # a man's full name: his, his father's and his family's (two may be a
# name's further words: "to Libya Al-Ahrar Tower")


def place_then_name(linker: SpanLinker, first: int, last: int, s0: int, s1: int, sub: Seg) -> bool:
    """True when the linked place ``s0``..``s1`` opens span ``first``..``last`` after a
    preposition of place and is followed by a name of its own (see the module docstring)."""
    if sub.cand is None or sub.cand.type != "LOC" or s0 != first or s1 >= last:
        return False
    before = word_before(linker.text, linker.tokens[first].start)
    if before is None or before.lower() not in linker.lex.locative:
        return False
    lex = linker.lex
    kinds = designator_words() | lex.body_heads | lex.unit_heads | lex.facility_heads
    rest = range(s1 + 1, last + 1)
    if any(linker.forms[t] in kinds for t in rest):
        return False
    return len(linker.name_units(s1 + 1, last)) >= MIN_NAME_WORDS and name_word(linker, s1 + 1)
