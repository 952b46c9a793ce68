"""A person title that ends a body's words and opens a name: "European Commission President
Ursula von der Leyen", "Arab League Secretary-General Ahmed Aboul Gheit".

The linker cuts the person's name out of such a run and reads the words before it on their
own ("European Commission President"). Those words end with the person's title, which says
who the next words are, not which body the words before are: a body's head noun and a
demonym ("European Commission") with a title after them read as context only and named
nothing, so the body the text names was lost. The title is the person's; the body is read
without it. Only when a capitalised word of the same run follows the title (a name it
introduces), so that a run that ends with its title ("the Commission President said") is read
as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.span_tokens import SpanTokens


def trailing_title(words: SpanTokens, last: int) -> bool:
    """Token *last* is a person title (no body head noun) that a capitalised word of the same
    run follows: the title of the name after it, not a word of the words before it."""
    lex = words.lex
    form = words.forms[last]
    if form not in lex.titles or form in lex.body_heads or form in lex.unit_heads:
        return False
    nxt = last + 1
    return nxt < len(words.tokens) and words.tokens[nxt].cap and words.tokens[nxt].joined
