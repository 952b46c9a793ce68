"""One word with the Arabic article written in Latin ("Al-Azhar") is one word of a name.

"the Al-Azhar" is the short form of a body's name the document gave in full ("Al-Azhar
University"), as "the Crescent" is (:func:`normx.resolve.references._definite`); the article
"Al-" joined by a hyphen is the Arabic "the", not a word of its own, so the span counts as
one word.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.detect.tokens import Token
from normx.text.particles import particle_table

ARTICLES = frozenset({"al", "el", "al-", "el-"})


def definite_article_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Tokens *first*..*last* are a Latin Arabic article and one word hyphenated to it."""
    return (
        last == first + 1
        and tokens[first].form in ARTICLES
        and tokens[last].hyphen_before
        and tokens[last].cap
    )


def glued_article_word(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Token *first* (alone) is a capitalised word with the Latin Arabic article glued on
    ("Alahly", "Elmadina", "Alittihad"): the same one definite word as "Al-Ahly".

    Latin spellings of Arabic names write the article glued, hyphened or apart (DOMAIN.md);
    the matcher already reads the glued form as the article and the word (particles.yaml
    ``glued``), so a rule that counts "Al-Ahly" as one definite word must count "Alahly" too.
    The rest must itself be capitalisable name letters of three or more (the particle table's
    own minimum), so "Also" or "Ali" are not read so. Nothing tells a glued article from a
    name that merely begins with its letters: "Albert", "Elizabeth" and "Almost" pass too
    (h-review26a), so a caller must ask more of the word than this (``glued_short``: an
    unlinked word, read as a body the document named in full before).
    """
    if first != last:
        return False
    tok = tokens[first]
    if not tok.cap or tok.text[:1] not in "AE" or not tok.text[1:].isalpha():
        return False
    rest = particle_table().by_kind["article"].unglued(tok.form)
    return rest is not None and tok.form[:2] in ("al", "el")
