"""A country's name right before a person's name is the country, not his given name.

French agency copy keeps the genitive without a comma: "le dirigeant de la Libye Mouammar
Kadhafi", translated "the late leader of Libye Mouammar Kadhafi"; English does the same
("the leader of Libya Muammar Gaddafi"). :func:`~normx.resolve.fused_names.given_name_before_person`
reads a lone word linked as a place before a linked person as the man's own given name,
which holds for the villages a large gazetteer names after given names ("Ahmed", "Salem"),
but no man is called after a country: a word that names a shipped country (in any of its
languages: "Libye", "Libya"), or links to a place whose name is one ("Egypte" -> Egypt), keeps
its place, and the person stays a name of his own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.gazetteer.countries import is_country

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def names_country(linker: SpanLinker, s0: int, s1: int) -> bool:
    """Whether the words ``s0``..``s1`` as written, or the place they link to, name a shipped
    country ("Libye" is a shipped name of Libya; "Egypte" links to a record named Egypt)."""
    tokens = linker.tokens
    if is_country(linker.text[tokens[s0].start : tokens[s1].end]):
        return True
    cand = linker.link(s0, s1).cand
    return cand is not None and cand.type == "LOC" and is_country(cand.name)
