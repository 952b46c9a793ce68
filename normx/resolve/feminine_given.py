"""A woman's given name is not the man's name it ends like: Halima is not Halim.

Arabic marks a woman's name with the feminine ending ة (ta marbuta), which English letters
write as a final ``-a`` or ``-ah``: حليمة Halima / حليم Halim, كريمة Karima / Karim, جميلة
Jamila / Jamil, سميرة Samira / Samir, أمينة Amina / Amin. The two are different names, of a
woman and of a man, not two spellings of one; but to a matcher that reads letters or sound
keys they are a vowel apart (Halima / Halim pair at 0.96 by the phonetic key HLM). In a
gazetteer of tens of thousands of persons a man holding the text's other words and the
masculine given name is always at hand: "The minister of justice, Halima Abdel Rahman" (no
record of hers in the set's gazetteer) was linked to a synthetic Halim Abdurrahman Al-Troudi.

So a person matched by likeness whose given name (the first word, in the text and in the
matched name) is the text's given name without, or with, a feminine ending after a
consonant, is a name whose words do not agree with the text's
(:func:`normx.resolve.word_agreement.person_words_agree`). The ending must follow a consonant:
a given name that ends in a vowel already (Musa, Yahya, Mustafa, Hamza) takes no ``-a``, and
"Hamza" / "Hamzah" are one name spelled two ways (both written with the ending). Only Latin
letters are read: across scripts the ة is a letter of its own, which the matcher weighs.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.latin import fold

__all__ = ["feminine_apart", "first_word"]

ENDINGS = ("ah", "a")  # ة written in English letters, longest first
VOWELS = frozenset("aeiouy")
MIN_STEM = 3  # letters before the ending: "Ala" / "Al" is no pair of given names


def first_word(name: str) -> str:
    words = fold(name).replace("-", " ").replace(".", " ").split()
    return words[0] if words else ""


def _feminine_of(longer: str, shorter: str) -> bool:
    """*longer* is *shorter* with a feminine ending, *shorter* ending in a consonant."""
    if len(shorter) < MIN_STEM or shorter[-1] in VOWELS:
        return False
    return any(longer == shorter + e for e in ENDINGS)


def feminine_apart(cand: Candidate, query: str) -> bool:
    """*cand*, a person matched by likeness (Latin letters), has a given name that is the
    text's given name with or without the feminine ending (see the module docstring)."""
    if cand.type != "PER" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    said = first_word(query)
    given = first_word(cand.matched or cand.name)
    if not said or not given or said == given:
        return False
    return _feminine_of(said, given) or _feminine_of(given, said)
