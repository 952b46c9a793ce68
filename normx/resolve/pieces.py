"""A span's natural cuts: where one name may end and another begin.

Translated news runs names together ("Tripoli and Ankara", "Turkish Defense Minister Hulusi
Akar", "Al-Wefaq Forces Khaled Karrouad"). The cuts here are read from the words alone, before
any gazetteer look-up: before a coordinating "and", before a title, title phrase or demonym,
and after a body head noun followed by a capitalised word. The linker and the sub-span search
(:mod:`normx.resolve.subspans`) then ask whether a match reaching over a cut is one name
(:mod:`normx.resolve.one_name`).
"""

from __future__ import annotations

from normx.resolve.context_words import context_at, title_phrase_at
from normx.resolve.office_title import office_of_title
from normx.resolve.owned_body import agency_head_at
from normx.resolve.span_tokens import SpanTokens


def pieces(words: SpanTokens, first: int, last: int) -> list[tuple[int, int]]:
    """The span cut at natural boundaries: before "and", before a title, title phrase
    ("Special Envoy") or demonym, and after a body head noun followed by a capitalised word
    ("Al-Wefaq Forces | Khaled"). Each piece is trimmed of edge words."""
    if office_of_title(words, first, last):  # "Office of the Public Prosecutor": one body
        return [words.trim(first, last)]
    lex = words.lex
    toks = words.tokens
    found: list[tuple[int, int]] = []
    start = first
    for k in range(first, last):
        nxt = toks[k + 1]
        cut = (
            nxt.form in lex.coordinating
            or (
                (context_at(words, k + 1) or title_phrase_at(words, k + 1, last))
                and not context_at(words, k)
                and not title_phrase_at(words, k, last)  # "Special | Envoy": one title
            )
            or (
                toks[k].form in lex.body_heads
                and nxt.cap
                and nxt.form not in lex.connectors
                and not agency_head_at(words, k + 1, last)  # "European Union Agency for"
            )
        )
        if cut:
            p0, p1 = words.trim(start, k)
            if p0 <= p1:
                found.append((p0, p1))
            start = k + 1
    p0, p1 = words.trim(start, last)
    if p0 <= p1:
        found.append((p0, p1))
    return found


def piece_start(words: SpanTokens, first: int, last: int, t: int) -> int:
    """The first token of the piece of the span that holds token *t*."""
    return next((a for a, b in pieces(words, first, last) if a <= t <= b), first)


def piece_around(words: SpanTokens, first: int, last: int, s0: int, s1: int) -> tuple[int, int]:
    """The piece of the span that holds tokens ``s0``..``s1`` (the whole span if none does)."""
    around = (p for p in pieces(words, first, last) if p[0] <= s0 and s1 <= p[1])
    return next(around, (first, last))


def same_piece(words: SpanTokens, first: int, last: int, t: int, u: int) -> bool:
    """Tokens *t* and *u* lie in one piece of the span."""
    return any(p0 <= t and u <= p1 for p0, p1 in pieces(words, first, last))


def coordinated_complement_start(words: SpanTokens, first: int, last: int, p0: int) -> int:
    """Where a body's name begins whose "of" complement the piece at *p0* continues after
    "and": "Supreme Council of Sheikhs | and | Notables of Libya" is one name (the council of
    the sheikhs and notables), cut before "and" as two names would be. The piece before "and"
    must hold a capitalised body head noun, then "of" and capitalised words only; the piece at
    *p0* opens with capitalised words that are no body head (a head there names a second
    body: "Council of Sheikhs and Council of Elders") up to its own "of". Returns the earlier
    piece's start, or *p0* when the pieces are not so joined."""
    lex = words.lex
    toks = words.tokens
    if p0 - 2 < first or toks[p0 - 1].form not in lex.coordinating:
        return p0
    before = [p for p in pieces(words, first, last) if p[1] == p0 - 2]
    if not before:
        return p0
    a, b = before[0]
    of = next((t for t in range(b, a, -1) if toks[t].form == "of"), None)
    if of is None or of == b:
        return p0
    if not any(toks[t].cap and toks[t].form in lex.body_heads for t in range(a, of)):
        return p0
    if not all(toks[t].cap for t in range(of + 1, b + 1)):
        return p0
    k = p0
    while k <= last and toks[k].form != "of":
        if not toks[k].cap or toks[k].form in lex.body_heads or words.is_stop_word(k):
            return p0
        k += 1
    return a if k > p0 and k <= last else p0
