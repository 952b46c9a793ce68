"""A bare surname far from the family member last named: the one the article named first.

A wire story names the head of a family, then his sons with the same surname ("Khalifa Hifter,
the commander of the self-styled Libyan National Army, whose sons now run much of the
reconstruction. Belgassem Hifter heads the fund ... while Saddam Hifter oversaw the relief"),
and paragraphs later says the surname alone ("a point of rivalry between Hifter and Dbeibah").
Coreference takes the most recent namesake (:mod:`normx.resolve.coref`), the son named last;
a reader takes the man the story is about, whom it named first and through whom the others
came in. Nearest-first is right while the article is on the relative: the surname in the
paragraph that last named him, or in the next one ("Saddam Hifter oversaw ... Hifter said"),
is him.

So when the antecedent of a one-word person name is a namesake whose last mention before it is
more than a paragraph away, and another person the document wrote with that word was named
before him, the first such person is meant (his latest mention before the word stands as the
antecedent), unless the document marks that one as someone's relative in a mention before the
word ("Seif al-Islam Kadhafi, the son of the late leader Mouammar Kadhafi": the son came in as
a relative though named first, and the bare "Kadhafi" far from him is the father). Relatives
marked by a kin noun are handled before this (:mod:`normx.resolve.relative_namesake`); this
rule only reads order and paragraphs.

Order yields to what the news means by the family name, where that is data: when one of the
namesakes the document named before the word is the family's listed bearer
(:mod:`normx.resolve.family_bearer`, ``data/family_bearers.yaml``: Khalifa Haftar among his
sons), he is the principal, whoever came first. "the commander of the ground forces Saddam
Hafter ... Field Marshal Khalifa Hafter ... the supporters of Hafter", paragraphs apart: the
son named first is not the man the bare name means, and with the bearer himself the nearest,
order does not move the word to the son. Unless the son is the one the report names more: "a
reconstruction fund run by Belgassem Hifter ... the commander Khalifa Hifter ... Belgassem
Hifter said ... Hifter's fund" is the son's (v35), named twice to the father's once.
"""

from __future__ import annotations

from collections.abc import Collection

from normx.resolve.coref import Antecedent, Antecedents, spelled_alike
from normx.resolve.relative_namesake import Relatives
from normx.text.normalize import NameToken

NEAR_PARAGRAPHS = 1  # the paragraph that last named a person, and the next, are about him


def principal_first(
    index: Antecedents,
    position: int,
    query: tuple[NameToken, ...],
    found: Antecedent | None,
    doc: Relatives,
    bearers: Collection[str] = (),
) -> Antecedent | None:
    """*found*, or the first-named namesake written with the one-word *query*, or the family's
    listed bearer among the namesakes (record ids *bearers*; see the module docstring)."""
    if found is None or len(query) != 1 or found.cand.type != "PER" or found.position > position:
        return found
    if doc.paragraph(position) - doc.paragraph(found.position) <= NEAR_PARAGRAPHS:
        return found
    (word,) = query
    found_first = index.positions[found.cand.id][0]
    first: Antecedent | None = None  # the namesake named first, before the one found
    bearer: Antecedent | None = found if found.cand.id in bearers else None
    for pos in sorted(index.by_position):
        if pos >= position:
            break
        a = index.by_position[pos]
        if (
            a.cand.type != "PER"
            or a.cand.id == found.cand.id
            or not spelled_alike(word, a.surface_words)
        ):
            continue
        if first is None and pos < found_first:
            first = a
        if bearer is None and a.cand.id in bearers:
            bearer = a
    other = first or found  # whom order alone would give the word
    if bearer is not None and _times(index, bearer, position) >= _times(index, other, position):
        first = bearer  # the family's bearer, named as often as that namesake or more
    if first is None or first.cand.id == found.cand.id:
        return found
    said = [p for p in index.positions[first.cand.id] if p < position]
    if any(doc.relative(p) for p in said):
        return found  # "Seif al-Islam Kadhafi, the son of ...": he came in as a relative
    return index.by_position[said[-1]]


def _times(index: Antecedents, ante: Antecedent, position: int) -> int:
    """How many times the document named *ante*'s entity before *position*."""
    return sum(1 for p in index.positions[ante.cand.id] if p < position)
