"""A generic head whose antecedent was left unlinked names that unknown body, not a look-alike.

"... the website of the National Center for the Examinations. The director of the Center,
..." -- the examinations centre is in no gazetteer. Its name's first words reach the National
Centre for Disease Control partly ("National Center"), so the segment enters coreference's
antecedents with that tentative candidate, and is then resolved to nothing (a partial likeness
is no link). The generic "the Center" after it finds the segment as its nearest body, and
:func:`~normx.resolve.settled_antecedents.settled` hands on the tentative candidate, since it
replaces an antecedent's candidate only by another entity: "the Center" was linked to the
disease-control centre the text never names. The body the head refers to is the one the
document named, which nobody knows: when the segment the head found was resolved to nothing,
the head is left unlinked too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def antecedent_unlinked(found: tuple[Any, Any] | None, out: Sequence[tuple[Any, Any, Any]]) -> bool:
    """Whether the antecedent of *found* (an ``(Antecedent, gloss)`` pair, or None) is a
    segment the resolved segments so far (*out*, by position) left unlinked."""
    if found is None:
        return False
    position = found[0].position
    return position < len(out) and out[position][1] is None
