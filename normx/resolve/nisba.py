"""A nisba is another word than the name it is made from: "Tarabulsi" is not "Tarabulus".

Arabic makes a surname or an adjective of origin from a place by adding ي (the nisba):
طرابلسي (Trabelsi, Tarabulsi, "of Tripoli") from طرابلس (Tarabulus, Tripoli), مصراتي from
مصراتة, الزنتاني from الزنتان. In Latin letters the two keep the same consonants (the phonetic
key drops vowels) and differ by a final "-i"/"-y", so the tests that take two words with one
key and close spellings for one name with other short vowels ("Serraj" / "Sarraj", "Koni" /
"Kouni") took the city "Tarabulus" for the person "Emad Al-Tarabulsi" named in the same text.
The final ي is a letter, not a short vowel: a word that ends in it and one that does not are
two words, whatever their consonants.
"""

from __future__ import annotations

_NISBA_ENDINGS = ("i", "y", "ee")  # ي at the end of a folded Latin word


def _ends_in_nisba(form: str) -> bool:
    return len(form) > 2 and form.endswith(_NISBA_ENDINGS)


def nisba_apart(a: str, b: str) -> bool:
    """Whether exactly one of the folded words *a* and *b* ends in a nisba ("tarabulsi",
    "tarabulus"): then they are not one name written with other vowels."""
    return _ends_in_nisba(a) != _ends_in_nisba(b)
