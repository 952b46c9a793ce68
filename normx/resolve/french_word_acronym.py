"""A French acronym written as a word: "la Manul", "l'Otan", "l'Opep".

French typography writes an acronym that is read as a word, not letter by letter, with one
capital ("Manul" for MANUL, the Mission d'appui des Nations unies en Libye; "Otan", "Opep",
"Unesco"), and AFP copy in English keeps the habit. The acronym rules read only words in
capitals (:mod:`normx.resolve.acronyms`), so such a word is left an unknown name. Here an
unlinked one-word mention written so (a capital, then lower case; four letters or more: a
shorter one is as often a word or a given name) that, in capitals, is one of the French
acronyms of the gloss lexicon (``french.acronyms``) standing for a body the gazetteers hold
(:func:`~normx.mt.french.french_acronym_lookup`: exactly one body holds the name it
abbreviates) is linked to that body. Only the lexicon's French acronyms are read: the initials
of the gazetteers' English names (``gazetteer_acronyms``) would make any five-letter surname
the acronym of some five-word body.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from normx.mt.french import AcronymEntry, french_acronym_lookup
from normx.resolve.acronyms import GAZETTEER_SCORE, METHOD
from normx.resolve.document import Mention

if TYPE_CHECKING:
    from normx.resolve.runtime import Runtime

MIN_LETTERS = 4  # "Otan", "Opep", "Manul"; "Onu" and "Pam" are left alone
Lookup = Callable[[str], AcronymEntry | None]
_LOOKUPS: WeakKeyDictionary[Runtime, Lookup] = WeakKeyDictionary()


def word_shaped(text: str) -> bool:
    """One word of letters, a capital then lower case, :data:`MIN_LETTERS` or more."""
    return len(text) >= MIN_LETTERS and text.isalpha() and text[0].isupper() and text[1:].islower()


def _lookup(rt: Runtime) -> Lookup:
    found = _LOOKUPS.get(rt)
    if found is None:
        found = _LOOKUPS[rt] = french_acronym_lookup(rt.normalizer.index.records)
    return found


def french_word_acronyms(mentions: tuple[Mention, ...], rt: Runtime) -> tuple[Mention, ...]:
    """*mentions* with each unlinked French acronym written as a word linked to its body."""
    out: list[Mention] | None = None
    for k, m in enumerate(mentions):
        if m.id is not None or not word_shaped(m.text):
            continue
        entity = _lookup(rt)(m.text.upper())
        if entity is None:
            continue
        if out is None:
            out = list(mentions)
        evidence = {"acronym": "french word", "name": entity[3]}
        out[k] = Mention(m.start, m.end, m.text, *entity[:3], GAZETTEER_SCORE, METHOD, evidence)
    return mentions if out is None else tuple(out)
