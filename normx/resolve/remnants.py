"""Unlinked words left over from a title or an office, and lone letters: no names.

Titles are cut off the front of a name ("Defence Minister Salah Namroush"), but the same title
words also open the names of offices and bodies: "the Minister of Foreign Affairs", "the
European Council on Foreign Relations", "the Benghazi Defence Companies". Read as a title,
"Foreign" leaves "Affairs" behind as an unknown person (``"id": null``, type PER). A title
adjective of an office (:data:`OFFICE_ADJECTIVES`) is a title only before a title noun
("Foreign Minister"); the one capitalised word right after it is the office's own noun, not a
person. In the same way a capitalised word right before a title noun ("the Supreme Commander
of the army") is the title's, and a single letter ("U" of "U.S." cut at its full stops, the
French "M." for Monsieur, "Structures A and E") names nothing on its own.

Only unlinked one-word mentions are dropped: a link is the gazetteer's word that it is a name.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from normx.resolve.document import Mention
from normx.text.latin import fold

# title words that are adjectives of an office: a title before a title noun, else part of the
# office's name (a subset of normx/detect/data/titles.yaml's person_titles)
OFFICE_ADJECTIVES = frozenset({"foreign", "defence", "defense", "interior"})
_NEXT_WORD = re.compile(r"[ \t]+([A-Z][^\W\d_]*)")


def _context_ends_with_adjective(m: Mention) -> bool:
    context = m.evidence.get("context")
    if not context:
        return False
    last = str(context[-1]).split()
    return bool(last) and fold(last[-1]) in OFFICE_ADJECTIVES


def _before_title(text: str, m: Mention, titles: AbstractSet[str]) -> bool:
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and fold(nxt.group(1)) in titles


def no_name_remnant(text: str, m: Mention, titles: AbstractSet[str]) -> bool:
    """An unlinked one-word mention that is an office's noun after a title adjective, a word
    of a title before its title noun, or a lone letter (see the module docstring)."""
    if m.id is not None or " " in m.text or "-" in m.text:
        return False
    if len(m.text) == 1:
        return True
    if not m.text.isalpha() or m.text.isupper():
        return False  # acronyms are names of their own
    return _context_ends_with_adjective(m) or _before_title(text, m, titles)


def without_remnants(
    text: str, mentions: tuple[Mention, ...], titles: AbstractSet[str]
) -> tuple[Mention, ...]:
    """*mentions* without :func:`no_name_remnant` ones."""
    out = tuple(m for m in mentions if not no_name_remnant(text, m, titles))
    return mentions if len(out) == len(mentions) else out
