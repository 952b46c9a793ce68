"""Two names an "and" joins, which one gloss reads as a single body's name.

The gloss matcher drops function words, "and" among them, and so reads "the UN and the Office
for the Coordination of Humanitarian Affairs" as the Arabic name of OCHA (مكتب الأمم المتحدة
لتنسيق الشؤون الإنسانية) word for word, the UN's words included. A clean match of a whole name
across "and" counts as one coordinated name (:func:`normx.resolve.one_name.one_name_across`);
but where a piece the "and" separates spells, on its own, the entity's exact name (here the
Office's own English name), the name is said whole there, and the rest is another name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.pieces import pieces

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def coordinated_apart(linker: SpanLinker, first: int, last: int, cand: Candidate) -> bool:
    """*cand*, a gloss match of span ``first``..``last`` across a coordinating word, has a
    piece of the span that spells exactly one of its own names: the other pieces are words
    beyond the name ("Sirte and Jufrah Operations Room", no piece of which is the Room's
    name, stays one)."""
    if cand.method != "gloss":
        return False
    coordinating = linker.lex.coordinating
    if not any(linker.forms[k] in coordinating for k in range(first + 1, last)):
        return False
    sides = pieces(linker, first, last)
    if len(sides) < 2:
        return False
    for p0, p1 in sides:
        exact = linker.exact_candidates(p0, p1) or ()
        if any(c.id == cand.id for c in exact):
            return True
    return False
