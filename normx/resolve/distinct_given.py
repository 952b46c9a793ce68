"""Two given names spelled nearly alike are two names: Saleh (صالح) is not Salah (صلاح).

Some pairs of Arabic given names differ by a letter that English letters write as a vowel:
صالح Saleh / صلاح Salah, جمال Jamal / جميل Jamil. To a matcher reading letters or sound keys
the two are a vowel apart (Saleh ~ Salah at 0.97 fuzzy), but they are different names, not two
spellings of one: the spokesman "Saleh Al-Marghani" (in no gazetteer) was linked to the former
minister Salah al-Marghani (articles-v46, session 28). The pairs are data
(``data/distinct_given_names.yaml``), each side listed only by spellings that write that name
alone; a person matched by likeness whose given name (the first word, in the text and in the
matched name) is on one side of a pair and the text's on the other is a name whose words do
not agree with the text's (:func:`normx.resolve.word_agreement.person_words_agree`). A match
in Latin letters reads the matched name's first word against the Latin spellings; a match
across scripts, whose matched name is Arabic, reads it against the pair's Arabic spellings (the
data's ``ar``): the unknown "Salah Al-Obeidi" is no صالح العبودي (Saleh Al-Abboudy), whose
given name the key reading brings within 0.87 of Salah (a 40,000-person gazetteer, v36).
"""

from __future__ import annotations

from functools import cache

from normx.match.candidate import LATIN_LIKENESS_METHODS, LIKENESS_METHODS, Candidate
from normx.resolve.feminine_given import first_word
from normx.text.arabic import normalize_arabic
from normx.text.resources import package_data

__all__ = ["given_apart"]


@cache
def _sides() -> dict[str, tuple[int, int]]:
    """Each listed spelling -> (its pair, its side)."""
    data = package_data("normx.resolve", "distinct_given_names.yaml")
    out: dict[str, tuple[int, int]] = {}
    for k, pair in enumerate(data["pairs"]):
        for side, spellings in enumerate(pair["en"]):
            for word in spellings:
                out[str(word)] = (k, side)
    return out


@cache
def _arabic_sides() -> dict[str, tuple[int, int]]:
    """Each pair's Arabic spelling, normalised -> (its pair, its side)."""
    data = package_data("normx.resolve", "distinct_given_names.yaml")
    return {
        normalize_arabic(str(word)): (k, side)
        for k, pair in enumerate(data["pairs"])
        for side, word in enumerate(pair["ar"])
    }


def _arabic_first_word(name: str) -> str:
    words = name.replace("-", " ").split()
    return normalize_arabic(words[0]) if words else ""


def given_apart(cand: Candidate, query: str) -> bool:
    """*cand*, a person matched by likeness, has a given name that the data lists as the
    other name of a pair the text's given name belongs to (the matched name's Latin
    spellings, or its Arabic one for a match across scripts)."""
    if cand.type != "PER" or cand.method not in LIKENESS_METHODS:
        return False
    said = _sides().get(first_word(query))
    if said is None:
        return False
    if cand.method in LATIN_LIKENESS_METHODS:
        given = _sides().get(first_word(cand.matched or cand.name))
    else:
        given = _arabic_sides().get(_arabic_first_word(cand.matched))
    return given is not None and said[0] == given[0] and said[1] != given[1]
