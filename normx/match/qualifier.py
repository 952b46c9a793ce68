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


# words that join a name's parts and name nothing themselves: a query's "of the" pairing with
# the head's "of the" says nothing about which entity it named
_JOINERS = frozenset({"of", "the", "for", "and", "de", "du", "des", "d", "la", "le", "l", "et"})


@lru_cache(maxsize=8192)
def parenthetical_parts(text: str) -> tuple[str, frozenset[str]] | None:
    """The words of *text*'s closing parenthesis and the forms only they hold ("Office of the
    Prosecutor (International Criminal Court)" -> ("International Criminal Court", {"international",
    "criminal", "court"})); None when the name has no parenthesis or nothing before it."""
    qualifier = trailing_qualifier(text)
    if qualifier is None or not qualifier.parenthetical:
        return None
    head = {t.form for t in core_tokens(analyse_name(text[: qualifier.start]))}
    if not head - _JOINERS:
        return None
    forms = frozenset(t.form for t in core_tokens(analyse_name(qualifier.words))) - head
    return (qualifier.words, forms) if forms - _JOINERS else None


def only_parenthetical(text: str, tokens: tuple[NameToken, ...], paired: Iterable[int]) -> str:
    """The parenthesis's words when every paired name token (indices into the name's core
    *tokens*) but joining words ("of", "the") is a word only the name's closing parenthesis
    has: the query spelled what the parenthesis names, not the name ("Court of the Criminal
    International" and "Office of the Prosecutor (International Criminal Court)"); else "".
    The caller decides whether the parenthesis names another entity: a parenthesis may also
    hold the name's own other name ("Special Deterrence Force (Rada)")."""
    if "(" not in text:
        return ""
    parts = parenthetical_parts(text)
    if parts is None:
        return ""
    words, forms = parts
    content = [tokens[i].form for i in paired if tokens[i].form not in _JOINERS]
    return words if content and all(f in forms for f in content) else ""
