"""A lone word written with the article is not a look-alike name that lacks it.

"Alhilal" (the club Al-Hilal, its article glued) is asked of the matcher as one word; among
40,000 places a village "Hilali" is a letter apart (0.94 by key) and scored above the clubs
whose names spell the word exactly, "Al-Hilal SC (Benghazi)" and its namesakes (0.78, one word
of a longer name). The look-alike won the lone word outright, where the gazetteer without
the distractors leaves the clubs tied for the document to tell apart (it says Benghazi). The
text wrote the article; the clubs' names hold it and spell the word; the village's name
holds no article and only resembles the word. So, for a lone word said with the article (apart,
"Al-Hilal", or glued, "Alhilal"), when a candidate place or body spells the word exactly in a
name that holds the article, the candidate places and bodies whose names hold no article and
pair the word only by likeness (no pair spelled exactly, none a vowel apart) are left out; the
rules that follow judge the rest. A person is kept whatever his spelling: family names drop and
take the article freely ("Dbeiba", "Al-Dbeiba"). A word said without the article is left alone,
and so is a look-alike when no candidate spells the word with the article. A name a vowel apart
is another transliteration of the same name, not a look-alike: "Al-Khums" is the town Khoms
(الخمس, "khums" ~ "khoms"), whatever "Qabilat al Khums" (a tribe) spells with the article; a
first version without that exception lost the town in v41, v43 and v46.

Session 33 (h-40k): articles-v39 under ``--distractors 40000``, four "Alhilal" linked to the
synthetic village Hilali.
"""

from __future__ import annotations

from functools import cache

from normx.match.candidate import Candidate
from normx.text.normalize import NameToken, analyse_name, core_tokens

VOWELS = "vowels"  # the matcher's pairing of two spellings a vowel apart
ARTICLES = ("al", "el")  # a glued article, as the matcher splits it off ("alhilal" -> "hilal")


def said_with_article(word: NameToken) -> bool:
    """The text wrote *word* with the article, apart ("Al-Hilal") or glued ("Alhilal": the
    analysis gives the bare word as an alternative reading)."""
    if word.article:
        return True
    return any(
        word.form.startswith(art) and alt == word.form[len(art) :]
        for alt, _ in word.alts
        for art in ARTICLES
    )


@cache
def has_article(name: str) -> bool:
    """The name holds the article (English "Al-", "El ", or Arabic ال)."""
    return any(t.kind == "article" or t.article for t in analyse_name(name))


def _spells(cand: Candidate) -> bool:
    return any(float(p.get("sim", 0.0)) >= 1.0 for p in cand.explain.get("pairs") or ())


def _vowels_apart(cand: Candidate) -> bool:
    """A pair spelled a vowel apart (the matcher's ``vowels`` pairing): the same consonants,
    another transliteration of the same name ("Al-Khums" ~ Khoms, the town), not a look-alike."""
    return any(p.get("how") == VOWELS for p in cand.explain.get("pairs") or ())


def article_unshared(cand: Candidate) -> bool:
    """*cand* is a place or body whose matched name holds no article and pairs the text's word
    only by likeness, and not a vowel apart."""
    return (
        cand.type != "PER"
        and not has_article(cand.matched)
        and not _spells(cand)
        and not _vowels_apart(cand)
    )


def article_lookalikes_dropped(query: str, cands: list[Candidate]) -> list[Candidate]:
    """*cands* of the lone word *query* without the look-alikes that lack its article (see the
    module docstring)."""
    words = core_tokens(analyse_name(query))
    if len(words) != 1 or not cands or not said_with_article(words[0]):
        return cands
    if not any(c.type != "PER" and _spells(c) and has_article(c.matched) for c in cands):
        return cands
    if not any(article_unshared(c) for c in cands):
        return cands
    return [c for c in cands if not article_unshared(c)]
