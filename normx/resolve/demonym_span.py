"""A span that is the demonym of the place it resembles names a people, not the place.

"The South Korean company", "Bangladeshis are now among the most common nationalities": the
matcher reaches South Korea and Bangladesh by likeness (the adjective and the plural add a few
letters to the name), and the link is wrong whatever the document says: a demonym or a
nationality adjective names no place (the house convention links "Libyan" to nothing, and gold
never marks one). :mod:`normx.resolve.adjective_rival` reads a lone word that is the adjective
of a place among close rivals; this module reads the winner itself, in the forms that one
misses: a plural people ("Bangladeshis", "Egyptians": the adjective with ``-s``, or a nisba
adjective in ``-i`` with ``-s``, which no family name takes) and a place of several words whose
last one the span turns into its adjective, the others said as they are ("South Korean",
"Saudi Arabian").

A singular adjective in ``-i`` ("Misrati", "Tarhouni") is left alone: it is the nisba that
Arabic family names are made of, and a person's surname may well be meant.

The span is decided as no name and marked a phrase (:class:`~normx.resolve.segment.Seg`), so
neither it nor coreference links it and it is not reported as an unknown name: a demonym that
merely failed to link would be read by coreference as the short name of something the document
named (the cost of dropping the link alone). Only links made by likeness are judged: a place
spelled exactly so is the place.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.resolve.english_adjective import MIN_STEM, english_adjective_of
from normx.text.latin import fold


def name_words(text: str) -> list[str]:
    """The folded words of *text* before its first bracket ("Korea (South)": the qualifier a
    text does not say; a name that opens with a bracket is read whole), hyphens read as
    spaces."""
    cut = text.split("(", 1)[0] if not text.startswith("(") else text
    return fold(cut).replace("-", " ").split()


def demonym_of(word: str, place_words: set[str]) -> bool:
    """*word* (folded) is the adjective or plural demonym of one of *place_words* (folded)."""
    if word in place_words:
        return False
    if english_adjective_of(word, place_words):
        return True
    if not word.endswith("s") or len(word) < MIN_STEM + 2:
        return False
    one = word[:-1]  # "Egyptians", "Bangladeshis"
    if english_adjective_of(one, place_words):
        return True
    return one.endswith("i") and len(one) - 1 >= MIN_STEM and one[:-1] in place_words


def names_a_people(query: str, cand: Candidate) -> bool:
    """*query* (the span's text) is the demonym of the place *cand* it was linked to by
    likeness: every word but the last is a word of the place's name, the last its demonym."""
    if cand.type != "LOC" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    said = name_words(query)
    if not said:
        return False
    for name in {cand.matched, cand.name}:
        place = set(name_words(name))
        if all(w in place for w in said[:-1]) and demonym_of(said[-1], place):
            return True
    return False
