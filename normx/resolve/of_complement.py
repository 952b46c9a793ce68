"""The last word of an unknown name written with "of" is no surname.

Coreference reads a bare word that ends a name the document wrote in full and no gazetteer
holds ("Abdel Moneim Al-Ghaithi" ... "Al-Ghaithi") as that unknown name again, not as the
place or body a gazetteer spells so: a person's family name is his short name. A body's name
is built otherwise: a head and an of-complement, most often its seat ("Military Council of
Zuwara", "Shura Council of Benghazi"). Its last word names another thing (the town), and the
same word alone later in the text is that town, not a short name of the body. English personal
names hold no "of", so the word marks the complement whatever the head noun.
"""

from __future__ import annotations

from collections.abc import Sequence

OF = "of"


def of_complement(forms: Sequence[str], first: int, last: int) -> bool:
    """Whether the name on tokens *first* .. *last* (folded *forms*) has "of" before its last
    word: the last word is in a complement, not a family name."""
    return OF in forms[first:last]
