"""A word spelled exactly by a name only once the article glued to it is dropped ("Italia" and
Alitalia) gives way to a name that spells it without dropping anything (Italy, whose
exonym "Italia" is).

Normalisation drops the Arabic article, glued or apart, so a name written "Alitalia" is in
the name trie as "italia", and the text's "Italia" spells it as exactly as it spells Italy's
Italian name. English writes the article the Arabic word has (:mod:`normx.resolve.
unsaid_article`); a text that leaves it off a name that glues it on says less of that name
than of one it spells whole. So when one word's exact candidates (:meth:`RangeDecisions.
exact_candidates`) hold both, the ones reached only through a glued article are dropped
before the decision, instead of tying with the rest; alone, they stay.
"""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.text.latin import fold
from normx.text.particles import particle_table


def _glued_on(word: str, name: str) -> bool:
    """*name* (one word, folded) is *word* with an article glued before it."""
    article = particle_table().by_kind["article"]
    return name != word and article.unglued(name) == word


def without_glued_article(surface: str, cands: list[Candidate]) -> list[Candidate]:
    """*cands* of the one word *surface* without those whose matched name is that word with
    a glued article, when others remain (see the module docstring)."""
    if len(cands) < 2 or " " in surface.strip() or "-" in surface:
        return cands
    word = fold(surface)
    glued = [c for c in cands if _glued_on(word, fold(c.matched))]
    if not glued or len(glued) == len(cands):
        return cands
    return [c for c in cands if c not in glued]
