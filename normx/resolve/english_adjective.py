"""An English adjective of a place ("Saharan", "Chadian", "Sudanese") is no mention of it.

English forms a region's or country's adjective with a suffix: Sahara -> Saharan, Syria ->
Syrian, Chad -> Chadian, Egypt -> Egyptian, Sudan -> Sudanese, Morocco -> Moroccan. The
demonym list (:mod:`normx.detect.data` demonyms) holds the common ones, but no list holds
every region's ("sub-Saharan", "Sahelian", "Fezzani"), and the loose matcher reaches the place
from its adjective by one or two letters: "Saharan routes" linked to the Sahara. The house
convention links "Libyan" to nothing, and these are the same kind of word. As for the Arabic
nisba (:func:`normx.resolve.place_adjective.nisba_of`), only a loose likeness is undone: a
place whose own names hold the word still links.
"""

from __future__ import annotations

from collections.abc import Collection

MIN_STEM = 4  # letters of the place's name word: short names make chance suffix pairs
# English adjective endings added to a place's name, after its final vowel is dropped or kept
_ENDINGS = ("ian", "an", "n", "ese")
_DROPPED_ENDS = ("a", "o", "e", "y")  # Morocco -> Moroccan, Italy -> Italian


def english_adjective_of(word: str, place_words: Collection[str]) -> bool:
    """*word* (folded) is an English adjective of one of *place_words* (folded): a place's
    name word with ``-n``, ``-an``, ``-ian`` or ``-ese`` added, its final vowel kept or
    dropped (Sahara / Saharan, Chad / Chadian, Morocco / Moroccan)."""
    if word in place_words:
        return False
    for end in _ENDINGS:
        if not word.endswith(end) or len(word) - len(end) < MIN_STEM - 1:
            continue
        stem = word[: -len(end)]
        for w in place_words:
            if len(w) < MIN_STEM:
                continue
            if w == stem or (w[-1] in _DROPPED_ENDS and w[:-1] == stem):
                return True
    return False
