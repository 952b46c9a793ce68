"""Two given names spelled nearly alike are two names: Saleh (صالح) is not Salah (صلاح).

Some pairs of Arabic given names differ by a letter that English letters write as a vowel:
صالح Saleh / صلاح Salah, جمال Jamal / جميل Jamil. To a matcher reading letters or sound keys
the two are a vowel apart (Saleh ~ Salah at 0.97 fuzzy), but they are different names, not two
spellings of one: the spokesman "Saleh Al-Marghani" (in no gazetteer) was linked to the former
minister Salah al-Marghani (articles-v46, session 28). The pairs are data
(``data/distinct_given_names.yaml``), each side listed only by spellings that write that name
alone; a person matched by likeness whose given name (the first word, in the text and in the
matched name) is on one side of a pair and the text's on the other is a name whose words do
not agree with the text's (:func:`normx.resolve.word_agreement.person_words_agree`). Only
Latin letters are read, as for :mod:`normx.resolve.feminine_given`.
"""

from __future__ import annotations

from functools import cache

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.resolve.feminine_given import first_word
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


def given_apart(cand: Candidate, query: str) -> bool:
    """*cand*, a person matched by likeness (Latin letters), has a given name that the data
    lists as the other name of a pair the text's given name belongs to."""
    if cand.type != "PER" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    sides = _sides()
    said = sides.get(first_word(query))
    given = sides.get(first_word(cand.matched or cand.name))
    return said is not None and given is not None and said[0] == given[0] and said[1] != given[1]
