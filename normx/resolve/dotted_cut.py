"""A capitalised word run into a dotted abbreviation: "Previous U.N. envoys".

The tokenizer reads the full stops of "U.N." as sentence ends, so a capitalised word before it
("Previous", "Frustrated", "Top", "Successive": a sentence opener the stop-word list does not
hold) makes one run with the abbreviation's first letter, "Previous U", and the run ends at the
stop. Acronym linking (:mod:`normx.resolve.acronyms`) then finds "U.N." inside a longer
unlinked name and leaves it alone, as it must for a real longer name ("Foo U.N. Bar" cut
elsewhere). A run that ends *inside* a dotted abbreviation is no longer name: a name does not
stop after the first letter of an abbreviation. Such an unlinked mention is cut back to the
words before the abbreviation (dropped when nothing is left), so that the abbreviation is read
whole. Linked mentions are never touched.
"""

from __future__ import annotations

import re

from normx.resolve.document import Mention

# "U.N.", "U.S.", "U.A.E.": capitals each followed by a full stop (two or more), as
# normx.resolve.acronyms reads them
_DOTTED_RE = re.compile(r"(?<![\w.])[A-Z]\.(?:[A-Z]\.)+(?![A-Za-z])")


def _cut(text: str, m: Mention, start: int) -> Mention | None:
    """*m* ended before *start* (the abbreviation), or None when no word is left."""
    head = text[m.start : start].rstrip()
    if not head or not any(ch.isalpha() for ch in head):
        return None
    return Mention(m.start, m.start + len(head), head, None, None, m.type, 0.0, m.method)


def dotted_cuts_undone(text: str, mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """*mentions* with each unlinked mention that ends inside a dotted abbreviation cut back
    to the words before it (see the module docstring)."""
    if "." not in text or not mentions:
        return mentions
    out: list[Mention | None] | None = None
    for k, m in enumerate(mentions):
        if m.id is not None or m.end >= len(text) or text[m.end] != ".":
            continue
        # the abbreviation's start: the capital that ends the mention
        start = m.end - 1
        if start <= m.start or not text[start].isupper() or text[start - 1] != " ":
            continue
        dotted = _DOTTED_RE.match(text, start)
        if dotted is None:
            continue
        if out is None:
            out = list(mentions)
        out[k] = _cut(text, m, start)
    if out is None:
        return mentions
    return tuple(m for m in out if m is not None)
