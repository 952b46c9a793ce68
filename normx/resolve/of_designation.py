"""A place a person is named "of" is no surname of his: "Belgium" beside "Laurent of Belgium".

A bare word that spells a place's whole name may be a person's surname again when the document
names that person in full with it (:func:`normx.resolve.references._surname_shaped`: "Al-Koni"
after "Musa al-Koni", not the village Koni). A European royal's or a saint's name holds a place
after "of" ("Prince Laurent of Belgium", "Charles of Wales"): a territorial designation, not a
family name, and the country said alone in the same article ("the funds at Euroclear in
Belgium") is that country. So a person whose names (as the gazetteer or the document writes
them) say the word only right after "of" explains no bare mention of it.
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.detect.tokens import fold_word

# English "of" only: French "de", Dutch "van", German "von" also open family names ("de
# Villepin", "Van Damme"), said alone as surnames
OF = frozenset({"of"})


def named_of_place(word: str, names: Iterable[str]) -> bool:
    """*word* (folded) follows "of" in one of *names*, and stands nowhere else in them."""
    after_of = False
    for name in names:
        words = [fold_word(w) for w in name.replace("-", " ").split()]
        for k, w in enumerate(words):
            if w != word:
                continue
            if k == 0 or words[k - 1] not in OF:
                return False
            after_of = True
    return after_of
