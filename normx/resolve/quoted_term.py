"""A word quoted by itself is a term the text marks, not a place it merely resembles.

News puts quotation marks around one word to mark a term it reports rather than uses: a feast
or a season ("Yennayer", the Amazigh new year), a slogan or an operation ("Dignity"), a nickname
("Hemeti"). A town is named bare. In a gazetteer of thousands of villages such a word nearly
always resembles one (Yennayer ~ Inir, by its consonants), and that likeness is chance. So a
lone word between quotation marks, linked to a place only by likeness (phonetic, fuzzy,
cross-script) without spelling any word of its name, is no mention of it. A quoted word that
spells a word of the place's name stays: "the field of the "Elephant"" is the Elephant oil
field, its name translated (measured: judging it so lost it in articles-v6). A place spelled
out, a body or person, and a quoted
phrase of several words (:meth:`~normx.resolve.linker.SpanLinker._part_of_quoted` judges the
words inside one) are not judged here.
"""

from __future__ import annotations

from normx.match.candidate import Candidate
from normx.resolve.word_agreement import LONE_WORD_LOOSE

_OPEN = "\"“«'‘"
_CLOSE = "\"”»'’"


def quoted_alone(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is one word with a quotation mark right before and right after."""
    if start == 0 or end >= len(text) or " " in text[start:end]:
        return False
    return text[start - 1] in _OPEN and text[end] in _CLOSE


def quoted_lookalike(text: str, start: int, end: int, cand: Candidate) -> bool:
    """*cand* is a place reached by likeness alone, spelling no word of its name, for the one
    word quoted at ``start:end``."""
    if cand.type != "LOC" or cand.method not in LONE_WORD_LOOSE:
        return False
    pairs = cand.explain.get("pairs") or ()
    if any(float(p.get("sim", 0.0)) >= 1.0 for p in pairs):
        return False
    return quoted_alone(text, start, end)
