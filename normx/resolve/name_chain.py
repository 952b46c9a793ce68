"""A person the document names by a chain that carries a namesake's given name: his son.

An Arabic full name is a chain: the given name, the father's given name, the family name
(DOMAIN.md: نسب). Translated news writes a son out that way beside his father ("Field Marshal
Khalifa Hafter ... the deputy commander Saddam Khalifa Hafter"), and the chain marks him as
the father's relative as plainly as a kin noun would ("his son Saddam"). The bare family
name afterwards ("Hafter uses the file of the migration") is the father's
(:mod:`normx.resolve.relative_namesake`), where coreference alone would take the most recent
namesake, the son. :mod:`normx.resolve.family_head` reads the same chain in the gazetteer's
names; this reads it in the names the document wrote, so it holds when the gazetteer gives
the son his given and family names only.
"""

from __future__ import annotations

from normx.resolve.coref import Antecedents, spelled_alike
from normx.text.normalize import NAME, NameToken

MIN_CHAIN = 3  # the son's given name, the father's given name, the family name


def _name_words(words: tuple[NameToken, ...]) -> list[NameToken]:
    return [w for w in words if w.kind == NAME]


def chained_son(index: Antecedents, first: int) -> bool:
    """Whether the person first named at position *first* was written "X <F> <family>", where
    "<F> ... <family>" is how the document first wrote another person named before him (and
    X is not F): the son of a father the document has introduced."""
    son = index.by_position.get(first)
    if son is None or son.cand.type != "PER":
        return False
    chain = _name_words(son.surface_words)
    if len(chain) < MIN_CHAIN:
        return False
    for eid, positions in index.positions.items():
        if eid == son.cand.id or positions[0] >= first:
            continue
        father = index.by_position[positions[0]]
        if father.cand.type != "PER":
            continue
        words = _name_words(father.surface_words)
        if (
            len(words) >= 2
            and spelled_alike(chain[-2], (words[0],))
            and spelled_alike(chain[-1], (words[-1],))
            and not spelled_alike(chain[0], (words[0],))
        ):
            return True
    return False
