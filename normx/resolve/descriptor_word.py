"""A bare word that a place's or body's name holds only in lower case names neither.

Gazetteers write the words of a name with capitals and the words that describe it in lower
case: "Sharara oil field", "Zawiya oil refinery". Coreference reaches an entity through any
word of its names, so a capitalised "Oil" ("Oil Minister Mohamed Aoun", a portfolio) was taken
for the Sharara oil field the document had named. A reader takes a word for a short form of a
name only when it is a word of the name, not of its description: when every English name of
the entity that holds the word writes it in lower case, the word alone is no mention of it.
Persons are not judged so (their names have no descriptions).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.text.latin import fold


def descriptor_only(form: str, etype: str, names: Iterable[str]) -> bool:
    """The folded word *form* occurs in some of *names* (an entity's English names), always
    in lower case there, and the entity is no person."""
    if etype == "PER":
        return False
    found = False
    for name in names:
        for word in name.replace("-", " ").split():
            if fold(word) != form:
                continue
            if word[:1].isupper():
                return False
            found = True
    return found
