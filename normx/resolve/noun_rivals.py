"""A generic noun two bodies of the document say: only the one named near it.

:func:`~normx.resolve.generic.find_body` gives "the Bank" the most recent body in reach whose
English name, or the words the document wrote for it, hold the noun. When the document has
named another body that says the noun too, the nearest in characters is chance: a report on
the central bank quotes the World Bank once, two paragraphs later "asked the Bank" means the
central bank the whole report is about, not the body quoted last; "the Bank" right after the
World Bank's own sentence means that one. Both bodies render the same Arabic head or two heads
English glosses alike (مصرف and بنك are both "bank"), so the Arabic-head test of ``find_body``
(bodies in reach one Arabic head opens) does not see them as rivals.

The rule, as ``find_body``'s for one Arabic head: with two bodies or more named before the
noun (within :data:`~normx.resolve.generic.FAR_DISTANCE`) that say it, only the one of them
named in the noun's own sentence, or with none there the one named in its paragraph, is
salient enough; otherwise the noun stays unlinked (precision first: DOMAIN.md, a wrong link
costs more than a missing one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.coref import Antecedent

Found = tuple["Antecedent", tuple[str, ...]]


def among_said_rivals(
    found: Found,
    antecedents: Sequence[Antecedent],
    position: int,
    start: int,
    start_of: Callable[[Antecedent], int],
    says_noun: Callable[[Antecedent], bool],
    same_sentence: Callable[[Antecedent], bool],
    same_paragraph: Callable[[Antecedent], bool],
    gloss_of: Callable[[Antecedent], tuple[str, ...]],
    far: int,
) -> Found | None:
    """*found* (a body that says the noun), unless another body named before *position*
    (within *far* characters) says it too: then the one of them named in the noun's sentence,
    or else its paragraph, with *gloss_of* its gloss; None when that does not tell one."""
    bodies: dict[str, Antecedent] = {}  # each body by its latest mention before the noun
    for ante in reversed(antecedents):
        if ante.position >= position:
            continue
        if start - start_of(ante) > far:
            break
        if ante.cand.type == "ORG" and ante.cand.id not in bodies and says_noun(ante):
            bodies[ante.cand.id] = ante
    if len(bodies) <= 1:
        return found
    near = [ante for ante in bodies.values() if same_sentence(ante)]
    if not near:
        near = [ante for ante in bodies.values() if same_paragraph(ante)]
    if len(near) != 1:
        return None
    if near[0].cand.id == found[0].cand.id:
        return found
    return near[0], gloss_of(near[0])
