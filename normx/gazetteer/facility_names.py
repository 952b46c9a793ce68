"""A facility's name is the place it is named after and the kind of facility: no longer form.

Alias inheritance (:mod:`normx.gazetteer.inherit`) refuses a shipped name that holds a loaded
record's name with words around it: such a longer form adds no new way of writing the entity,
only words that let other mentions read as it ("Syria and Iraq" as "Islamic State of Iraq and
Syria"). A facility named after a place is the exception: "Uqba ibn Nafi Air Base" is the
official name of the base the press calls Al-Watiya, and the only name that tells a reader
"the Uqba Bin Nafi base" is that base. A gazetteer that also holds the place (the town or
the saint's village of that name: Libya's OpenStreetMap places hold one for nearly every
such facility) refused the base its name, and among 40,000 places the text's "Uqba Bin Nafi
base" lost its "base" to the village, spelled as the text spells it (articles-v25).

The words the facility's name adds are its kind ("Air Base", "International Airport"), which
lend the record no other record's mentions: the place's own name still answers the place
alone, spelled as written, and a text that writes the kind names the facility. So a
normalised name made of one or more words followed by kind words of a built place
(:data:`KIND_WORDS`), the last one a facility head (:data:`HEADS`), is no longer form.
"""

from __future__ import annotations

from normx.text.resources import word_list

__all__ = ["FACILITY_NAMES_VERSION", "is_facility_name"]

FACILITY_NAMES_VERSION = 1  # part of the inheritance's cache key (INHERIT_VERSION)
# the last word of a facility's name: what was built (data/facility_names.yaml, heads)
HEADS = frozenset(word_list("normx.gazetteer", "facility_names.yaml", "heads"))
# words that may come between the place's name and the head (data/facility_names.yaml)
KIND_WORDS = HEADS | frozenset(word_list("normx.gazetteer", "facility_names.yaml", "kind_words"))


def is_facility_name(name: str) -> bool:
    """Whether the normalised *name* is a place's name and the kind of a facility after it
    ("uqba nafi air base"; not "air base", nor "base camp")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in HEADS:
        return False
    k = len(words)
    while k > 0 and words[k - 1] in KIND_WORDS:
        k -= 1
    return k > 0
