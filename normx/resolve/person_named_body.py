"""A body named after a person: "Omar Mukhtar Brigade", "Ahmed Sharif University".

Libya names brigades, operations rooms, universities, hospitals, schools and squares after
its heroes and scholars, and English keeps the Arabic order's sense with the person's name
first and the body's head noun after it (كتيبة عمر المختار: "Omar Mukhtar Brigade"). A
person's full name (given and family name) followed, in the same piece, by a capitalised
body head noun (after at most :data:`~normx.resolve.body_names.MAX_HEAD_MODIFIERS` further
capitalised words: "Operations Room") opens that body's name, which the gazetteers lack: not
a mention of the person, and the head's words are no mention of another body with that
head. A body a person *leads* is written otherwise: with his surname alone ("the Dbeibah
government", "Haftar forces") or a possessive ("Haftar's army"), and a unit head after a
name ("forces", "army", "troops") is men of his, not a body named for him; neither is judged
so. The rule mirrors what :func:`~normx.resolve.body_names.named_for` does for a place
("Fezzan Movement").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.body_names import MAX_HEAD_MODIFIERS
from normx.resolve.pieces import same_piece
from normx.resolve.segment import Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

MIN_PERSON_WORDS = 2  # a given and a family name: a memorial naming, not a leader's surname


def named_after_person(linker: SpanLinker, first: int, last: int, s1: int, sub: Seg) -> bool:
    """The person ``sub`` (ending at token ``s1``) of span ``first``..``last`` is written in
    full and followed, in the same piece, by a capitalised body head noun that is no unit
    head: the words name a body named after him (see the module docstring)."""
    cand = sub.cand
    if cand is None or cand.type != "PER" or s1 + 1 > last:
        return False
    if len(linker.name_units(sub.first, s1)) < MIN_PERSON_WORDS or linker.tokens[s1].possessive:
        return False
    lex = linker.lex
    for head in range(s1 + 1, min(last, s1 + 1 + MAX_HEAD_MODIFIERS) + 1):
        tok = linker.tokens[head]
        if not tok.cap or not tok.joined or (tok.possessive and head < last):
            return False
        if tok.form in lex.body_heads:
            if tok.form in lex.unit_heads or linker.own_word(cand.id, tok.form):
                return False
            return same_piece(linker, first, last, s1, head)
    return False
