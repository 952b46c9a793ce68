"""A person record of given names only does not take the last words of a longer unknown name.

A gazetteer may hold a person under a given name alone: a mononym, a partial entry, or a
record whose every word is a name part thousands of men bear ("Abdul Al-Rahman", "Mohammad
Ali"). Such a record names no family, so it says nothing about which of those men a text
means. :mod:`normx.resolve.fused_names` already keeps it from taking the first words of a
name that goes on ("Abdel Hamid | Zarruq"). Arabic full names also end with such words: the
father's and grandfather's given names ("Halima Ibrahim Abdel Rahman", a minister no list
holds). The linker cut that name where the gazetteer's words begin, left "Halima Ibrahim"
as an unknown name and linked "Abdel Rahman" to the record: a woman's full name read as two
people, one of them a stranger.

So a person linked to a record of given names only (:func:`given_names_only`, or every word
common in the gazetteer: ``common``), written right after an unknown capitalised name with
one space between them, is the end of that name: the two make one unknown person's name.
A link the document made (coreference to a name written earlier) is left alone: the
document, not the spelling, chose the record.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.resolve.document import Mention
from normx.resolve.fused_names import given_names_only

Common = Callable[[str], bool]  # record id -> are all its name words common given names?


def _unknown_name_before(text: str, before: Mention, m: Mention) -> bool:
    if before.id is not None or before.end + 1 != m.start or text[before.end] != " ":
        return False
    words = before.text.replace("-", " ").split()
    return bool(words) and all(w[:1].isupper() for w in words if w[:1].isalpha())


def _given_names_record(m: Mention, common: Common) -> bool:
    if m.id is None or m.type != "PER" or m.method == "coref" or "antecedent" in m.evidence:
        return False
    return given_names_only(m.canonical or "") or common(m.id)


def given_names_joined(
    text: str, mentions: tuple[Mention, ...], common: Common
) -> tuple[Mention, ...]:
    """*mentions* with each unknown name + given-names-only person pair (see the module
    docstring) made one unknown person's name."""
    out: list[Mention] = []
    changed = False
    for m in mentions:
        if out and _given_names_record(m, common) and _unknown_name_before(text, out[-1], m):
            before = out.pop()
            start, end = before.start, m.end
            out.append(Mention(start, end, text[start:end], None, None, "PER", 0.0, "none"))
            changed = True
        else:
            out.append(m)
    return tuple(out) if changed else mentions
