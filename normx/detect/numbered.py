"""Armed units and bodies named by a number after their head noun: "Brigade 444".

A number is no capitalised word, so a name run never takes it in, and "the Brigade 444" left
the span "Brigade", a bare head noun that names nothing. A reader takes a number written right
after the capitalised head noun of an armed formation (``numbered_heads.yaml``: brigade,
battalion, division, ...) as part of the unit's name, the way Arabic numbers brigades (اللواء
444) and English renders it; after other heads a number is a count ("the Tarhuna General
Hospital 106 bodies"). Only
plain numbers of at most :data:`MAX_DIGITS` digits, with nothing but blanks between: a longer
figure is a count, not a unit's number. A number before the head ("the 444 Brigade", "the
128th Brigade") is taken in by :mod:`normx.detect.dated_names`, which reads the text around
it: a word of quantity before it ("some 300 Brigade members") makes it a count, and "some 300
Army soldiers" names no numbered formation. A second number after a slash is the unit's too
("Division 20/20", joined there).
"""

from __future__ import annotations

from functools import cache

from normx.detect.lexicon import Lexicon, detect_data
from normx.detect.tokens import Token
from normx.text.latin import fold

MAX_DIGITS = 4


def _number(tok: Token) -> bool:
    return tok.text.isdigit() and len(tok.text) <= MAX_DIGITS and not tok.possessive


@cache
def numbered_heads() -> frozenset[str]:
    """Heads of formations named by a number after them (folded)."""
    return frozenset(fold(str(w)) for w in detect_data("numbered_heads.yaml")["numbered"])


def _head(tok: Token, lex: Lexicon) -> bool:
    return tok.cap and tok.form in numbered_heads() and tok.form in lex.body_heads


def number_after(tokens: list[Token], last: int, lex: Lexicon) -> int:
    """*last*, or the number token right after it when a span ends at a capitalised head noun
    ("Brigade 444"): the new last token of the span."""
    nxt = last + 1
    if (
        nxt < len(tokens)
        and _head(tokens[last], lex)
        and not tokens[last].possessive
        and _number(tokens[nxt])
        and tokens[nxt].joined
        and not tokens[nxt].hyphen_before
        and not tokens[nxt].sent_start
    ):
        while nxt + 1 < len(tokens) and _slash_number(tokens[nxt], tokens[nxt + 1]):
            nxt += 1  # "Division 20/20" (the slash's number joined by normx.detect.dated_names)
        return nxt
    return last


def _slash_number(tok: Token, nxt: Token) -> bool:
    return _number(nxt) and nxt.joined and nxt.start == tok.end + 1
