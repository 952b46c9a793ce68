"""A place's or body's name of several words read with one word that is another word.

A loose match of several words (phonetic, fuzzy) scores the name as a whole, so words spelled
alike carry a word that is not: "Mukhtar Al-Jadid" (a man) reaches Al-Madar Al-Jadid (0.79),
"Adel al-Mansouri" the village Tall Mansour (0.77), "Berniq Air" Buraq Air (0.76), each by one
word spelled alike and one that shares a few letters with its partner (Mukhtar / Madar,
0.75; Adel / Tall, 0.73; Berniq / Buraq, 0.74). Persons are held to a floor on every word
pair (:data:`~normx.resolve.word_agreement.PERSON_PAIR_FLOOR`); places and bodies were not,
and with tens of thousands of names, one of them shares all but one word with any name.
Spelling variants of one word in the text's own script stay above :data:`PAIR_FLOOR`
(Qararat / Grara, 0.78; Awainat / Uweinat, 0.84; Arabic / Arabia, 0.83), so a pair under
it is another word, and the match names another place or body. Matches across scripts
(Um / أم, 0.71: the Arabic vowels are guessed) are not judged so, nor a single word (its
likeness is judged whole: :func:`~normx.resolve.decision.lone_word_by_chance`).

Nor is a pair of which one word is the other with an English adjective or demonym ending
("Arab" / "Arabian", 0.73; "Libya" / "Libyan"; "Egypt" / "Egyptian"): translation renders one
Arabic word (العربي) by either form, so the pair is one word however low its likeness: "Arab
Gulf Oil Company" is the Arabian Gulf Oil Company.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.resources import word_list

PAIR_FLOOR = 0.77  # a word pair less alike than this is two words (Mukhtar / Madar, 0.75)
# endings English adds to a noun for its adjective or people (Arab-ian, Libya-n, Sudan-ese)
ADJECTIVE_ENDINGS = word_list("normx.resolve", "english_words.yaml", "adjective_endings")
MIN_STEM = 4  # a shorter stem is too easily the start of an unrelated word


def another_word_paired(cand: Candidate) -> bool:
    """A place or body matched in the text's script by two word pairs or more, one of them
    under :data:`PAIR_FLOOR` (see the module docstring)."""
    if cand.type == "PER" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    pairs = cand.explain.get("pairs") or ()
    if len(pairs) < 2:
        return False
    return any(
        float(p.get("sim", 0.0)) < PAIR_FLOOR
        and not adjective_form(str(p.get("query", "")), str(p.get("name", "")))
        for p in pairs
    )


def adjective_form(a: str, b: str) -> bool:
    """One folded word is the other with an English adjective or demonym ending
    (:data:`ADJECTIVE_ENDINGS`): "arab" / "arabian", "libyan" / "libya"."""
    short, long = sorted((a, b), key=len)
    if len(short) < MIN_STEM or not long.startswith(short):
        return False
    return long[len(short) :] in ADJECTIVE_ENDINGS
