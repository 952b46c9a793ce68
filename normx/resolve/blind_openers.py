"""Unlinked one-word mentions whose only sign of a name is a capital that says nothing.

The first word of a sentence, or of a story after its dateline ("Tripoli - Dozens of families
..."), is capitalised whatever it is. When the gazetteers know no such name and the document
never writes the word capitalised inside a sentence, nothing says it is a name, and reporting
it as an unlinked one (``"id": null``) would tell the reader a person or place nobody knows
was found. See :mod:`normx.detect.blind_capitals`.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from normx.detect.tokens import Token
from normx.resolve.document import Mention


def attested_mentions(
    mentions: tuple[Mention, ...],
    tokens: Sequence[Token],
    openers: frozenset[int],
    attested: frozenset[str],
) -> tuple[Mention, ...]:
    """*mentions* without the unlinked one-word ones whose only sign of a name is a capital
    that says nothing (a sentence's or a dateline story's first word) and whose word the
    document never writes capitalised inside a sentence. Acronyms ("CNN", "DPF") stay: upper
    case all through is a sign of its own."""
    if not mentions:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        if m.id is None and _blind_word(m, tokens, openers, attested):
            continue
        out.append(m)
    return mentions if len(out) == len(mentions) else tuple(out)


def _blind_word(
    m: Mention, tokens: Sequence[Token], openers: frozenset[int], attested: frozenset[str]
) -> bool:
    i = bisect_left(tokens, m.start, key=_start)
    if i >= len(tokens):
        return False
    tok = tokens[i]
    if tok.start != m.start or tok.end != m.end or not tok.text.isalpha():
        return False  # several words, or a word with digits or an apostrophe
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # an acronym
    opening = tok.sent_start or tok.start in openers
    return opening and tok.form not in attested


def _start(tok: Token) -> int:
    return tok.start
