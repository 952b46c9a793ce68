"""A one-word name is no partial mention of a person whose words it only shares a key with.

Coreference (:mod:`normx.resolve.coref`) lets a partial name word stand for an antecedent's
word at :data:`~normx.resolve.coref.WORD_MATCH`, and two Latin words with one phonetic key
reach exactly that however unlike their spellings (the key lift's floor,
``0.55 + 0.45 * 0.5``): "Hemedti" (a nickname, key HMT) and "Ahmed" (HMT) are no more alike
than that. For a name of several words the other words vouch for the match; a lone word is
the whole evidence, and a nickname or another man's name shares a short key with some given
name of almost any person the text names. So a one-word name covers a person only through a
word it is spelled like beyond that floor (more than :data:`KEY_FLOOR_SPELLING` of its letters
alike, or alike through vowels: Mishri / Mashri, Gaddafi / Qadhafi) or through an Arabic
name word (cross-script, judged as before).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.match.similarity import _form_sim, token_similarity
from normx.text.normalize import NameToken

KEY_FLOOR_SPELLING = 0.7  # letter likeness a bare key match needs (Hemedti / Ahmed: 0.667)


def spelled_beyond_key(q: NameToken, words: Iterable[tuple[NameToken, bool]], floor: float) -> bool:
    """Whether some word of *words* matches the lone query word *q* at *floor* otherwise than
    by a shared key alone with unlike letters (see the module docstring)."""
    for w, cross in words:
        sim, how = token_similarity(q, w, cross_script=cross)
        if sim < floor:
            continue
        if cross or how != "key" or _form_sim(q.form, w.form) >= KEY_FLOOR_SPELLING:
            return True
    return False
