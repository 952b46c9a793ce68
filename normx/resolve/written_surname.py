"""A bare surname shared by family members: the one the document wrote it for.

News names a family's principal in full ("Moammar Gadhafi") and the others by their given
names ("his son Muatassim", "another son, Seif al-Islam"); the bare surname afterwards
("Gadhafi said") is the principal, however recently a son was named. Coreference
(:mod:`normx.resolve.coref`) covers a bare word with an entity's gazetteer names as well as
the document's words, so a son linked by his given names alone ("Seif al-Islam" -> Saif
al-Islam Gaddafi) covers the surname through the gazetteer and, being nearer, wins. The
document's own words settle it: the surname goes to a person the document wrote it for, the
most recent one before the mention (then the first one after: a headline's "Gadhafi"), when
the antecedent coreference found was never written with it before the mention. When every
namesake was written with the surname ("Moammar Gadhafi" ... "Seif al-Islam Gadhafi" ...
"Gadhafi"), the nearest stands, as before: the article has moved on to the son. A namesake the
document writes with the surname only later ("Abdul Hamid Al-Dbeibah" ... "Al-Dbeibah" ...
"Ibrahim Al-Dbeibah, the nephew") has not been introduced yet: the bare surname before him is
the one already written with it.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from normx.resolve.coref import Antecedent, Antecedents, spelled_alike
from normx.text.normalize import NameToken

# per document's antecedents: (entity, word) -> the first position written with the word, or
# None; a long document asks about the same person's word at each of thousands of mentions
_FIRST: WeakKeyDictionary[Antecedents, dict[tuple[str, str], int | None]] = WeakKeyDictionary()


def _wrote(ante: Antecedent, word: NameToken) -> bool:
    """Whether the document's words for *ante* hold *word* (spelled alike)."""
    return spelled_alike(word, ante.surface_words)


def written_namesake(
    index: Antecedents, position: int, query: tuple[NameToken, ...], found: Antecedent | None
) -> Antecedent | None:
    """*found* (the antecedent coreference chose for a one-word *query* at *position*), or the
    person the document wrote that word for when *found*'s person it never did (see the module
    docstring)."""
    if found is None or len(query) != 1 or found.cand.type != "PER":
        return found
    (word,) = query
    own = _first_written(index, found.cand.id, word)
    if own is not None and own < position:
        return found  # the document wrote the word for this person too: the nearest stands
    before: Antecedent | None = None
    after: Antecedent | None = None
    for pos, a in sorted(index.by_position.items()):  # rare: a namesake's gazetteer word
        if a.cand.type != "PER" or pos == position or not _wrote(a, word):
            continue
        if pos < position:
            before = a  # in document order: the last one is the most recent
        elif after is None:
            after = a
    if before is not None:
        return before
    return found if own is not None else after or found  # written only later: the first it names


def _first_written(index: Antecedents, eid: str, word: NameToken) -> int | None:
    """The first position at which the document wrote *word* for the entity *eid* (None:
    nowhere), remembered per document."""
    firsts = _FIRST.get(index)
    if firsts is None:
        firsts = _FIRST[index] = {}
    key = (eid, word.form)
    if key not in firsts:
        by_position = index.by_position
        positions = index.positions.get(eid, ())
        firsts[key] = next((p for p in positions if _wrote(by_position[p], word)), None)
    return firsts[key]
