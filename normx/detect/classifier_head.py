"""A demonym and a lower-case head noun that classify the name right after them.

"The Libyan navy" names a people's body by its head noun (:mod:`normx.detect.spans`), but in
"the Egyptian company Hassan Allam" or "the Turkish group Albayrak" the same two words are
the classifier of the company named next, the apposition that Arabic news puts before a firm's
name (الشركة المصرية حسن علام). Read as a people's body, "Egyptian company" links by likeness
to whatever "Egyptian ... Company" a gazetteer holds, or, left unlinked, reads to coreference
as the short name of the document's one company: a link where the text names nothing. So the
pair makes no body span when a capitalised word follows it at once, with nothing between (no
punctuation, no line break) and not opening a sentence; the name after it is its own span.
"""

from __future__ import annotations

from normx.detect.tokens import Token


def classifies_next(tokens: list[Token], head: int) -> bool:
    """Token *head* (a lower-case body head after a demonym) is followed at once by a
    capitalised word: the two words classify that name and make no body of their own."""
    nxt = head + 1
    if nxt >= len(tokens):
        return False
    tok = tokens[nxt]
    return tok.cap and tok.joined and not tok.sent_start and not tok.hyphen_before
