"""An apostrophe in a Latin name part is the romaniser writing an ayn or a hamza.

Qal'a, Sa'ad, Mu'ammar, 'Abd: the apostrophe (or ʿ ʾ ’) stands for ع or ء, which the model
never sees (the Latin side is folded without it: qala) and so often leaves out of its guess
(القلة for Qal'a, whose Arabic is القلعة). A guess without the letter can then meet, exactly, a
different name without it (القله, a village), and the Arabic side prefers that name to the one
the Latin matcher had right (towns-xscript, session 14: Al Qal'a, Al Gal'a, Qal'ah went
from القلعة to القله with back-translation on). So an Arabic match that pairs an
apostrophe-marked part only with name words holding neither ع nor a hamza loses
:data:`AYN_COST` of its score (:func:`ayn_checked`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from normx.mt.arabic_match import ArabicMatch, name_words
from normx.mt.training.pairs import latin_key
from normx.text.arabic import strip_marks

AYN_COST = 0.15
"""Share of the score an Arabic match loses when an apostrophe-marked part pairs only with
words without ع or hamza: enough to drop an exact match (القله, 0.93) under the one with the
ayn the guess missed (القلعة, 0.81), so that the Latin evidence decides between them."""
_MARK = re.compile(r"(?:^|(?<=\w))['’ʿʾ`‘](?=\w)")
_POSSESSIVE = re.compile(r"(?<=\w{3})['’]s$")  # Haftar's, not Ra's
_AYN_HAMZA = frozenset("عءأإؤئآ")


def ayn_marked(name: str, tokens: Sequence[str]) -> frozenset[int]:
    """Indices of the model tokens of *name* whose Latin word carried an apostrophe before a
    letter (Qal'a, 'Abd), found by the token's own key (al-qala holds qala)."""
    marked: set[int] = set()
    for word in name.replace(",", " ").split():
        word = _POSSESSIVE.sub("", word)  # Haftar's: English, not an ayn
        if not _MARK.search(word):
            continue
        key = latin_key(word)
        if not key:
            continue
        for i, token in enumerate(tokens):
            if token == key or token.endswith(f"-{key}") or key.endswith(f"-{token}"):
                marked.add(i)
    return frozenset(marked)


def _raw_words(text: str) -> list[str]:
    """The words of an Arabic name as written, aligned with :func:`name_words`."""
    return [w for w in strip_marks(text).split() if w and name_words(w)]


def ayn_checked(found: ArabicMatch, marked: frozenset[int]) -> ArabicMatch:
    """*found*, its score lowered by AYN_COST when a marked part paired and every name word the
    marked parts paired with lacks both ع and hamza."""
    if not marked:
        return found
    words = _raw_words(found.name)
    paired = [nu for qu, _, nu, _ in found.pairs if marked.intersection(qu)]
    if not paired:
        return found
    if any(_AYN_HAMZA.intersection(words[j]) for nu in paired for j in nu if j < len(words)):
        return found
    return replace(found, score=round(found.score * (1.0 - AYN_COST), 6))


def ayn_sorted(found: Sequence[ArabicMatch], marked: frozenset[int]) -> list[ArabicMatch]:
    """*found* checked by :func:`ayn_checked`, best first again."""
    if not marked:
        return list(found)
    checked = [ayn_checked(m, marked) for m in found]
    return sorted(checked, key=lambda m: -m.score)
