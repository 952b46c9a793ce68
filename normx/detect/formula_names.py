"""A formula of numbers joined by "+" names a body by its make-up: "the 5+5 Committee".

Arabic and the press name joint committees and negotiating formats by how many members each
side sends: اللجنة العسكرية المشتركة 5+5 (the Joint Military Commission, five officers from
each camp), the "3+3" talks, the "2+2" dialogue. Translation writes the formula before the
head ("the 5+5 Committee") or alone, quoted as the name it is ('known as "5+5"'). The
tokenizer reads "5+5" as two numbers, which are no capitalised words, so a name run never took
them in: "the 5+5 Committee" was found as "Committee", a bare head, and a quoted "5+5" not at
all.

This pass marks the numbers of such a formula capitalised and joined, so that the run holds the
whole name, when the formula is written with no blanks ("5+5", not the sum "5 + 5") and either
stands right before a capitalised word (the name's head) or is the whole of a quotation. A
formula anywhere else is arithmetic or a score ("won 3+1") and stays as it is.
"""

from __future__ import annotations

import re

from normx.detect.tokens import Token

MAX_DIGITS = 2  # each side's count: "5+5", "10+10"; a longer figure is no committee's size
_PLUS = "+"
_BLANKS = re.compile(r"[ \u00a0]+")
_QUOTES = frozenset("\"'“”‘’«»")


def _count(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) <= MAX_DIGITS and not tok.possessive


def _formula_end(text: str, tokens: list[Token], first: int) -> int | None:
    """The last token of the formula "N+N(+N)" starting at token *first*, or None."""
    if not _count(tokens[first]):
        return None
    last = first
    while (
        last + 1 < len(tokens)
        and _count(tokens[last + 1])
        and text[tokens[last].end : tokens[last + 1].start] == _PLUS
    ):
        last += 1
    return last if last > first else None


def _named(text: str, tokens: list[Token], first: int, last: int) -> bool:
    """The formula on tokens *first*..*last* is a name: a capitalised word follows it after
    blanks, or quotes close it on both sides."""
    nxt = last + 1
    if (
        nxt < len(tokens)
        and tokens[nxt].cap
        and not tokens[nxt].sent_start
        and _BLANKS.fullmatch(text, tokens[last].end, tokens[nxt].start) is not None
    ):
        return True
    start, end = tokens[first].start, tokens[last].end
    return start > 0 and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES


def name_formulas(text: str, tokens: list[Token]) -> list[Token]:
    """*tokens* with the numbers of name formulas marked capitalised and joined (module
    docstring); the same list when the text has none."""
    if _PLUS not in text:
        return tokens
    out: list[Token] | None = None
    k = 0
    while k < len(tokens):
        last = _formula_end(text, tokens, k)
        if last is None:
            k += 1
            continue
        if _named(text, tokens, k, last):
            out = out if out is not None else list(tokens)
            for j in range(k, last + 1):
                out[j] = out[j]._replace(cap=True, joined=out[j].joined or j > k)
        k = last + 1
    return out if out is not None else tokens
