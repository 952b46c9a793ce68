"""A bare word read across scripts as a place whose Arabic name is the surname of a person the
document named in full: the person.

"Khaled Mohamed Ali El Hishri ... El Hishri said": under a large gazetteer the bare word finds
a village whose Arabic name is الهيشري, read letter by letter (cross-script, 1.0), and no
Latin word the document wrote for the man can be closer than that, so coreference lets the
village stand (:func:`~normx.resolve.references._explains`). But the man's own Arabic name
ends in that very word: one Arabic word, two records, and the text has just named the man in
full and never the village. A surname repeated alone is the man; a village the document names
nowhere else is a namesake. So when the bare word's link is a cross-script match to a place or
body the document names nowhere else (*firm*: the ids it names by more than such a word), and
the Arabic words the match read are the closing words of an Arabic name of the person the
antecedent names, the person outranks it.

Only the same Arabic words count, not a likeness: "Tarablus" (طرابلس) after "Imad Trabelsi"
(الطرابلسي) stays Tripoli, whose name is no word of the man's. A place the document names
elsewhere keeps its link, as does a Latin look-alike (:mod:`normx.resolve.surname_over_place`
judges those by the consonants the document wrote).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from normx.match.candidate import Candidate
from normx.resolve.coref import Antecedent
from normx.resolve.generic import arabic_words


def surname_in_arabic(
    ante: Antecedent,
    cand: Candidate,
    firm: Collection[str],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]],
) -> bool:
    """Whether the person *ante* outranks *cand*, a cross-script link of a bare word to a place
    or body the document names nowhere else whose matched Arabic name closes one of the
    person's Arabic names (*arabic_names*: record id -> names as
    :func:`~normx.resolve.generic.arabic_words`)."""
    if ante.cand.type != "PER" or cand.type == "PER" or cand.method != "cross-script":
        return False
    if cand.id in firm:
        return False
    said = arabic_words(cand.matched)
    n = len(said)
    return n > 0 and any(len(name) > n and name[-n:] == said for name in arabic_names(ante.cand.id))
