"""An adjective of a place is no mention of it: "the Zintani commanders", "the oil-rich North
African nation".

Translated news writes a town's people and forces with the Arabic relative adjective (nisba)
spelled out, "Zintani" (زنتاني) for Zintan, "Misrati" for Misrata, and a region's with an
English demonym, "North African". Neither names the place: the house convention links
"Libyan" to nothing, and these are the same kind of word. Only a place the word merely
resembles is undone: a gazetteer name spelled so (a family or a place called "Zintani")
still links exactly, and a place whose own English names hold the demonym ("Central African
Republic") is that place.
"""

from __future__ import annotations

from collections.abc import Collection

from normx.resolve.english_adjective import english_adjective_of
from normx.resolve.segment import LOOSE_METHODS
from normx.text.particles import particle_table

NISBA = "i"  # the relative ending, as English spells it
MIN_STEM = 4  # letters of a place's name word before the ending (short ones say little)
_DROPPED_ENDS = ("ah", "a", "e")  # a final vowel the adjective drops: Misrata -> Misrati


def nisba_of(word: str, place_words: Collection[str]) -> bool:
    """*word* (folded) is a relative adjective of one of *place_words* (folded): the word
    with ``-i`` added, or with its final vowel replaced by ``-i`` (Zintan / Zintani, Misrata
    / Misrati)."""
    if len(word) <= MIN_STEM or not word.endswith(NISBA) or word in place_words:
        return False
    stem = word[: -len(NISBA)]
    for w in place_words:
        if len(w) < MIN_STEM:
            continue
        if w == stem:
            return True
        for end in _DROPPED_ENDS:
            if w.endswith(end) and w[: -len(end)] == stem:
                return True
    return False


def adjective_of_place(
    words: tuple[str, ...], method: str, demonyms: Collection[str], place_words: Collection[str]
) -> bool:
    """The words of a segment (folded) linked to a place (*place_words*: the folded words of
    its English names) are an adjective of it, not a mention: one word that is the place's
    nisba and matched it only loosely (*method*), or words ending in a demonym the place's
    names lack ("North African" for North Africa). An article before the one word counts for
    nothing: "Al-Takbali" is Takbal's nisba as "Takbali" is."""
    if not words:
        return False
    if len(words) == 2 and particle_table().kind_of(words[0], hyphen_joined=True) == "article":
        words = words[1:]  # "the Al-Takbali camp": the nisba written as a name, article and all
    if len(words) == 1 and method in LOOSE_METHODS:  # "Zintani"; "Saharan" (english_adjective)
        return (
            nisba_of(words[0], place_words)
            or english_adjective_of(words[0], place_words)
            or (words[0] in demonyms and words[0] not in place_words)
        )
    return words[-1] in demonyms and words[-1] not in place_words
