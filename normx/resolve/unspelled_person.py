"""A person matched by likenesses only, one of them no closer than two distinct names are.

Every word of an Arab name has a few spellings a vowel or a doubled letter apart (Khaled /
Khalid, Mishri / Meshri, 0.95 each), and a translation rarely spells a man's name as a
list does, so a match none of whose words is spelled alike is often right: "Khaled Al-Meshri"
is Khalid al-Mishri. But some pairs of distinct names are alike by their phonetic keys too:
عادل (Adel) and عدلي (Adly) share their consonants, 0.83 apart, closer than the floor a word
pair is held to (:data:`~normx.resolve.word_agreement.PERSON_PAIR_FLOOR`). With tens of
thousands of names, some man's name pairs each word of an unknown man's with a word that
is only so alike ("Adel Al-Misrati" ~ Adly Al-Mesrati). What tells a spelling of the same
name from another name is how close the pair is: every spelling variant of the same word in
a right match runs 0.87 and up (Siddiq / Sadiq, 0.88), while a pair under
:data:`NEAR_NAME` is another name as often as it is another spelling. So when no word of the
text is spelled as the gazetteer spells it, a word pair under that floor is no evidence, and
the match is left unlinked. A word spelled alike ("Abdullah Al-Thani" ~ Abdullah al-Thinni,
0.85 beside an exact Abdullah) keeps the match; matches across scripts (whose similarities
run lower: Mohammed ~ محمد, 0.81) keep their own floor.
"""

from __future__ import annotations

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate

NEAR_NAME = 0.85  # a word pair this alike or less may be two names (Adel / Adly, 0.83)


def likenesses_below_near(cand: Candidate) -> bool:
    """A person matched in the text's script (phonetic, fuzzy) by two words or more, none
    spelled alike, one of them paired under :data:`NEAR_NAME` (see the module docstring)."""
    if cand.type != "PER" or cand.method not in LATIN_LIKENESS_METHODS:
        return False
    pairs = cand.explain.get("pairs") or ()
    if len(pairs) < 2:
        return False
    sims = [float(p.get("sim", 0.0)) for p in pairs]
    return max(sims) < 1.0 and min(sims) < NEAR_NAME
