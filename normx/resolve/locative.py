"""A bare place name after a preposition of place is the place, not an unknown name's short form.

Coreference takes a bare word for the short form of an unknown name the document wrote in full
and whose last word it is ("Abdel Moneim Al-Ghaithi" ... "Al-Ghaithi"), even over a place
spelled exactly so: a person's family name is often a place's. But bodies no gazetteer holds
are also named after their city ("Al-Ahly Benghazi", "Al-Ittihad Tripoli"), and then every
later "Benghazi" would be read as the club and left unlinked. English says which is meant:
after a preposition of place ("in Benghazi", "near Tripoli", "of Derna" does not qualify: "the
son of Al-Ghaithi") the word names a place, which a person or a club is not; the exact place
link stands.
"""

from __future__ import annotations

from normx.detect.tokens import word_before
from normx.match.candidate import Candidate
from normx.text.resources import word_list

# prepositions that put what follows on the map ("from", "to", "of" also take persons)
# (data/place_words.yaml, locative)
LOCATIVE_PREPOSITIONS = frozenset(word_list("normx.resolve", "place_words.yaml", "locative"))


def placed_by_preposition(text: str, start: int, cand: Candidate | None) -> bool:
    """*cand* is a place and the word at *start* follows a preposition of place."""
    if cand is None or cand.type != "LOC":
        return False
    word = word_before(text, start, 20)
    return word is not None and word.lower() in LOCATIVE_PREPOSITIONS
