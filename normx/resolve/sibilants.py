"""A name word paired by likeness with one that has the other sibilant: another name.

Arabic has two sibilant letters every transliteration keeps apart: ش, written "sh" in
English, "ch" in French ("Bachagha"), "sch" in German, and س / ص, written "s". Translations
disagree on vowels, doubled letters and endings, never on which of the two a name has. The
phonetic key reads both as one class (so that "Chenna" may be read the German or the French
way), and among tens of thousands of names some word is that close to any unknown word:
"Shtewi" ~ Sidaoui (الصيداوي), "Wadi Al-Shati" ~ Wadi Saadi, and across scripts "Issa" ~
أشعياء (Isaiah, romanised "ash'ia'"). Each looks like a spelling variant and scores 0.83-0.97;
each is a different name.

So a loose match (phonetic, fuzzy, cross-script) of a name of two words or more in which a
text word and a gazetteer word paired by likeness (not spelled alike) are each written with
one sibilant only, the one with "sh"/"ch" and the other with a plain "s", is no match. The
romaniser writes س then ه or ح with a separator ("is·haq", إسحاق), which counts as either, as
does any word holding both sibilants: only words that leave no doubt are judged. Words with
neither (ث read "th" or "s": Osman, عثمان) are not judged. Nor is a lone word: tens of
thousands of place names offer it look-alikes, and ruling out the closest ones only promotes
the next ("Daesh": Taess ruled out, Attash left alone); lone words keep their own rules
(:func:`normx.resolve.decision.lone_word_by_chance`, ties).
"""

from __future__ import annotations

import re
from functools import lru_cache

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.text.latin import fold

LOOSE = LIKENESS_METHODS

_SH = re.compile(r"s·?h|ch")  # ش: "sh", French "ch", German "sch"; "s·h" (س then ح) may be
_S = re.compile(r"s(?!h)")  # س / ص: an "s" not opening "sh"
_SH_LETTERS = frozenset("şŞšŠșȘ")  # sh letters that fold to "s"


@lru_cache(maxsize=65_536)
def sibilant(word: str) -> str | None:
    """The sibilant ("sh" or "s") the folded *word* is written with, if one only, else None."""
    w = fold(word).replace("sch", "sh")
    sh, s = bool(_SH.search(w)), bool(_S.search(w))
    if sh == s:
        return None
    return "sh" if sh else "s"


def sibilants_disagree(cand: Candidate, query: str = "") -> bool:
    """*cand* matched loosely, pairing a text word with a name word of the other sibilant.
    A name or *query* written with a letter that folds to "s" but reads sh (Turkish ş: the
    record "Yaşar Güler", Slavic š, Romanian ș) is not judged: folded, it says nothing."""
    if cand.method not in LOOSE or _SH_LETTERS.intersection(cand.matched + query):
        return False
    for pair in cand.explain.get("pairs") or ():
        if float(pair.get("sim", 0.0)) >= 1.0:
            continue
        said, named = sibilant(str(pair.get("query", ""))), sibilant(str(pair.get("name", "")))
        if said is not None and named is not None and said != named:
            return True
    return False


def sibilants_agree(cands: list[Candidate], query: str) -> list[Candidate]:
    """*cands* without those :func:`sibilants_disagree` rules out (the list itself if none)."""
    if not any(sibilants_disagree(c, query) for c in cands):
        return cands
    return [c for c in cands if not sibilants_disagree(c, query)]
