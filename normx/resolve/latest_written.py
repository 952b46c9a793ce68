"""A bare surname every namesake was written with: the one most recently *written* with it.

:mod:`normx.resolve.written_surname` gives a bare surname ("Kadhafi") to the nearest namesake
when every namesake was written with it before: the article has moved on to that one. The
nearest *mention* is not always one that said the surname: "Seif al-Islam Kadhafi" ... "the
late leader of Libye Mouammar Kadhafi" ... "Seif al-Islam, 43, was tried" ... "the
brother-in-law of Kadhafi". The son's latest mention says only his given names; the last one
the document *called* Kadhafi is the father. So among the persons the document wrote the word
for before the mention, the one whose latest such mention is the most recent is meant, when
the person found was named since only without the word.
"""

from __future__ import annotations

from normx.resolve.coref import Antecedent, Antecedents, spelled_alike
from normx.text.normalize import NameToken


def latest_written(
    index: Antecedents, position: int, query: tuple[NameToken, ...], found: Antecedent | None
) -> Antecedent | None:
    """*found*, or the person most recently written with the one-word *query* before
    *position* when *found*'s own latest mention before it did not say the word."""
    if found is None or len(query) != 1 or found.cand.type != "PER":
        return found
    (word,) = query
    if found.position >= position or spelled_alike(word, found.surface_words):
        return found
    latest: Antecedent | None = None
    for pos in sorted(index.by_position):
        if pos >= position:
            break
        a = index.by_position[pos]
        if a.cand.type == "PER" and spelled_alike(word, a.surface_words):
            latest = a
    if latest is None or latest.cand.id == found.cand.id:
        return found
    return latest
