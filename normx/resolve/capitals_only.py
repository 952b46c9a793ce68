"""A word carved out of a longer name is no acronym the text did not write in capitals.

The sub-span search (:mod:`normx.resolve.subspans`) lets a lone word carved out of a span that
did not link whole stand only when it spells a gazetteer name exactly. Spelling is compared
without case, so a given name reaches a body known by its acronym: "Anas" of "Anas
el-Gomati" is ANAS, the Italian roads company, and the analyst's family name is left over. A
name a gazetteer writes in capitals is read by its letters; a word the text writes in lower
case letters inside a longer run of names ("Anas el-Gomati", "Nasa Hassan") is a word of that
run, not the acronym. The word alone ("the Italian company Anas") is not a carve-out and
links as before.

An acronym written as a word, the house style of AFP, the Guardian or Le Monde ("the Unesco
World Heritage List", articles-v14), is read by its letters when the document writes the
word alone as a body's name ("the Unesco said", "l'Unesco"): a person is not "the Anas"
(:func:`house_acronym`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normx.match.candidate import Candidate


def written_in_capitals(name: str) -> bool:
    """Two letters or more, every one a capital ("GNA", "U.N.", "BATEL GROUP"): a name read
    by its letters."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def capitals_only(surface: str, exact: Sequence[Candidate] | None) -> bool:
    """*surface* is not written in capitals and every exact match of it is a name written in
    capitals (an acronym): no whole name as spelled (see the module docstring)."""
    if not exact or written_in_capitals(surface):
        return False
    return all(written_in_capitals(c.matched) for c in exact)


HOUSE_MIN_LETTERS = 4  # "Nato", "Opec", "Unesco": shorter acronyms are not written as words
# a title-case word alone after an article, no capitalised word after it: "the Unesco said"
_ALONE = re.compile(
    rf"(?:\b[Tt]he[ \t]+|\b[lL]['’])([A-Z][a-z]{{{HOUSE_MIN_LETTERS - 1},}})\b(?![ \t]*[A-Z0-9(])"
)


def house_words(text: str) -> frozenset[str]:
    """The words *text* writes in title case alone after an article ("the Unesco said", "de
    l'Unesco."), four letters or more: one pass over the document."""
    return frozenset(m.group(1) for m in _ALONE.finditer(text))


def house_acronym(words: frozenset[str], surface: str) -> bool:
    """*surface* is an acronym written as a word ("Unesco": a capital, then lower-case letters
    only) that the document also writes alone after an article as a name (*words*, from
    :func:`house_words`): a person is not "the Anas"."""
    return surface in words
