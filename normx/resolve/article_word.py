"""One word with the Arabic article written in Latin ("Al-Azhar") is one word of a name.

"the Al-Azhar" is the short form of a body's name the document gave in full ("Al-Azhar
University"), as "the Crescent" is (:func:`normx.resolve.references._definite`); the article
"Al-" joined by a hyphen is the Arabic "the", not a word of its own, so the span counts as
one word.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.detect.tokens import Token

ARTICLES = frozenset({"al", "el", "al-", "el-"})


def definite_article_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Tokens *first*..*last* are a Latin Arabic article and one word hyphenated to it."""
    return (
        last == first + 1
        and tokens[first].form in ARTICLES
        and tokens[last].hyphen_before
        and tokens[last].cap
    )
