"""A word after "the" that only resembles a village's name is no mention of the village.

English names a town bare ("in Zintan", "Zintan's council"), and writes "the" before a word
when the word names something else: an operation or movement said short ("the Karama"), a
body ("the Daesh organization"), a mosque ("the Sahaba mosque"), a tribe ("the Zway in
Kufra"). When such a word only *resembles* a place's name (phonetic, fuzzy or cross-script
likeness), and the document names that place nowhere else, the likeness is chance: a
gazetteer of thousands of villages holds a look-alike of most words ("Karama" ~ Germa,
"Sahaba" ~ Sahab). The one exception is a word that a noun of place follows ("the Jufra
region", "the Al-Toum crossing": ``data/place_nouns.yaml``, administrative units and natural
features) or opens in the Arabic order ("the region of the Jufrah", منطقة الجفرة): English
writes "the" for the noun, and the word is the place's name; so is a word
listed right after a place the document linked ("through Bani Walid and the Joufra": a
translation keeps the Arabic article of الجفرة, and the list says what kind of name it is). A
place's
name spelled out still links after "the" (the caller only asks about loose links), and so
does a place the document also names by its own words (the caller's *firm* set); bodies are
said short after "the" ("the Crescent") and persons are judged by their own rules, so only
places are judged here.
"""

from __future__ import annotations

import re
from functools import cache

from normx.detect.tokens import lower_word_after
from normx.match.candidate import Candidate
from normx.resolve import designators
from normx.text.resources import package_data


@cache
def place_nouns() -> frozenset[str]:
    """Nouns after which a word is a place's name (folded, lower case)."""
    data = package_data("normx.resolve", "place_nouns.yaml")
    words = {str(w) for w in data.get("settlement") or ()}
    words |= designators.administrative_words() | set(designators.feature_order())
    return frozenset(words)


_LISTED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s+the\s+", re.IGNORECASE)
# "the region of the Jufrah": a noun of place before, in the Arabic construct order (منطقة
# الجفرة) that translation keeps; the word is that place's name, as in "the Jufra region"
_NOUN_OF_THE = re.compile(r"([^\W\d_]+)\s+of\s+the\s+$", re.IGNORECASE)
LOOK_BACK = 40  # characters: a noun, "of" and "the"


def definite_lookalike(
    text: str, start: int, end: int, cand: Candidate, place_before: int | None = None
) -> bool:
    """The word at ``text[start:end]`` follows "the" (any case), no noun of place follows it,
    it is not listed right after a linked place (ending at *place_before*, if any), and its
    loose link *cand* is a place."""
    if cand.type != "LOC" or text[max(0, start - 4) : start].lower() != "the ":
        return False
    if place_before is not None and _LISTED.fullmatch(text, place_before, start):
        return False
    before = _NOUN_OF_THE.search(text, max(0, start - LOOK_BACK), start)
    if before is not None and before.group(1).lower() in place_nouns():
        return False
    return lower_word_after(text, end) not in place_nouns()
