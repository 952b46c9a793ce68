"""A word too close to call between bodies: the body the document named with it before, not one
it names only later.

"The spokesman of the Crescent" comes after "the Libyan Red Crescent" and before the article
turns to the Egyptian Red Crescent's convoys. By likeness the lone word ties among every Red
Crescent society of the gazetteer, and the matcher hands back only a few of the tied names, so
the body the document already named may not be among them. Among the close candidates the
document then names only the Egyptian one, later in the text, and coreference, finding no
close candidate before the word, would take that later one
(:func:`~normx.resolve.references._among_candidates`). A reader has no later body in mind: the
word refers back to the one already named. So when the antecedent found among the close
candidates comes after the mention, an entity of the same type named before the mention whose
names hold the word (:meth:`~normx.resolve.coref.Antecedents.find`, nearest first) is meant
instead. With none named before, the later one stands (a headline's word the article goes on
to name in full). Places and bodies only: a person's surname before the man is named in full
follows the rules for families (:mod:`normx.resolve.relative_namesake`,
:mod:`normx.resolve.father_chain`).
"""

from __future__ import annotations

from normx.resolve.coref import Antecedent, Antecedents
from normx.text.normalize import NameToken


def named_before(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    found: Antecedent | None,
) -> Antecedent | None:
    """*found*, or the nearest antecedent of its type before *position* that covers *query*
    when *found* comes after the mention (see the module docstring)."""
    if found is None or found.position < position or found.cand.type == "PER":
        return found  # persons: a headline's surname names the man the article introduces
    earlier = index.find(position, query, frozenset({found.cand.type}))
    if earlier is None or earlier.position >= position:
        return found
    return earlier
