"""A name's qualifier after a comma is not the name: "Tripoli, Lebanon" is no "Lebanon".

Gazetteers written from Wikipedia titles or catalogues keep namesakes apart with a qualifier
after a comma: "Tripoli, Lebanon", "Martyrs' Square, Beirut", "Misrata, Libya". The qualifier
is another place, named to say where this one is, so a query that pairs only with the
qualifier's words ("Lebanon", "Beirut") has not named this entity at all, however exactly it
spells them. Only bodies and places: a person written "QADHAFI, Muammar" has given names after
the comma, and a one-word person query is judged by the scorer's own stricter rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from normx.text.normalize import NameToken, analyse_name, core_tokens
from normx.text.qualifier import trailing_qualifier


@lru_cache(maxsize=8192)
def qualifier_forms(text: str) -> frozenset[str]:
    """The forms of the words only *text*'s last comma qualifier has ("Tripoli, Lebanon" ->
    {"lebanon"}); empty when the name has none, nothing identifying before the comma, or a
    lower-case description after it."""
    qualifier = trailing_qualifier(text)
    if qualifier is None or qualifier.parenthetical or not qualifier.words[:1].isupper():
        return frozenset()  # "Gavi, the Vaccine Alliance": a description, not another place
    head = {t.form for t in core_tokens(analyse_name(text[: qualifier.start]))}
    if not head:
        return frozenset()
    return frozenset(t.form for t in core_tokens(analyse_name(qualifier.words))) - head


def only_qualifier(text: str, tokens: tuple[NameToken, ...], paired: Iterable[int]) -> bool:
    """Whether every paired name token (indices into the name's core *tokens*) is a word of
    the name's comma qualifier: the query spelled the qualifier, not the name."""
    if "," not in text:
        return False
    forms = qualifier_forms(text)
    indices = list(paired)
    return bool(forms and indices) and all(tokens[i].form in forms for i in indices)
