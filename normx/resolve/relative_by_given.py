"""A relative the document brought in by his given name after a kin noun, before naming him
in full.

:mod:`normx.resolve.relative_namesake` reads a person's *first full mention* for a kin noun
("Ibrahim Al-Dbeibah, the nephew of ...", "his son Saddam Khalifa Haftar"). A wire story as
often brings the relatives in by their given names first and spells them out afterwards:
"American officials have courted Hifter's sons, Saddam and Khaled ... Saddam Hifter visited
Washington ... The elder Hifter himself flew to Moscow" (articles-v28). The given name after
"sons," links to the son (coreference to his full name, or :mod:`normx.resolve.family_member`),
and the son is a relative from that moment; the full name that follows opens its own sentence
without a kin noun, so the relative went unseen and the bare family name in the next
paragraph went to the son, the nearest namesake.

So the segment that counts as a person's introduction is the earliest the document linked to
him, of any length, not only his first antecedent: :func:`first_linked` finds it among the
links already made (segments are resolved in order, so every earlier segment is settled).
Everything else is :func:`~normx.resolve.relative_namesake.principal_namesake` unchanged: the
principal must have been written with the word before the relative came in, and the paragraph
that last named the relative in full keeps the word when it is about him.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def first_linked(
    out: Sequence[tuple[Any, Any, dict[str, Any]]] | None, entity: str, first: int
) -> int:
    """The earliest position before *first* whose settled link (``out``: (segment, candidate,
    evidence) per position, in order) is *entity*, else *first*."""
    if not out:
        return first
    for pos in range(min(first, len(out))):
        cand = out[pos][1]
        if cand is not None and cand.id == entity:
            return pos
    return first
