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
EPONYM_MIN_SCORE = (
    0.8  # "University of X" ~ "X University": above the no-match 0.75, the shape says the rest
)


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


def body_of_eponym(
    linker: SpanLinker, first: int, last: int, s0: int, s1: int, sub: Seg
) -> Seg | None:
    """The span "<Head> of <person's full name>" ("University of Omar Al-Mukhtar") linked
    whole to the body named after him, when the matcher reads the whole span as one
    organisation whose own name holds the head ("Omar Al-Mukhtar University", جامعة عمر
    المختار): translation keeps the Arabic construct's order (head first, the eponym as its
    complement), where the gazetteer's English title puts the name first, so the whole
    matches it only by likeness and the person, spelled exactly, won the span. The head
    must open the span and the person end it: nothing else is said."""
    cand = sub.cand
    if cand is None or cand.type != "PER" or s1 != last or s0 != first + 2:
        return None
    if len(linker.name_units(sub.first, s1)) < MIN_PERSON_WORDS:
        return None
    head, of = linker.tokens[first], linker.tokens[first + 1]
    lex = linker.lex
    if not head.cap or head.form not in lex.body_heads or head.form in lex.unit_heads:
        return None
    if of.form != "of" or head.possessive:
        return None
    whole = linker.link(first, last)
    body = whole.cand
    if body is None or body.type != "ORG" or whole.partial or body.score < EPONYM_MIN_SCORE:
        return None
    return whole if linker.own_word(body.id, head.form) else None
