"""A shipped record matched by likeness only must have its Arabic name spelled by the text.

With the shipped gazetteers loaded beside the user's, a name the user's gazetteer does not hold
finds the shipped records it resembles: thousands of OpenStreetMap villages, curated bodies.
The text is translated from Arabic, and a translation writes the consonants of the Arabic name,
whatever vowels it guesses; so a spelling variant of a shipped place is linked rightly when the
text's name spells that place's Arabic name ("Qanfouda" is قنفودة, the OSM "Ghanfouda
Village"; "Tajarhi" is تجرهي, "Tajerhi"; "Al-Washka" is الوشكة, "Al Wachkah"). A Latin or
cross-script look-alike whose Arabic name the text's words do not spell is another name
("Al-Sikka", السكة, resembles "Al-Saiqa", الصاعقة; "Hadi" the village الحطيه; "Sufi" the
village شفي; the English word "Arrests" the village العراسه): one of many records a few letters
from any unknown name, linked where the user's gazetteer alone left the name unlinked
(``benchmarks.eval.articles --as-user``, session 15: nils of the sets' golds linked).

So a shipped non-person candidate matched by likeness (phonetic, fuzzy or across scripts) is
kept only when every name word of the text (the article and English designator words such as
"airport" aside) spells, consonant for consonant (:mod:`normx.resolve.arabic_spelled`'s
skeletons), a word of one of the record's Arabic names, and every word of that name (generic
place words such as قرية aside) is spelled by one: "Al-Far", a militia leader's nickname, spells
الفار but not the أم of the village أم الفار, and a name with words the text leaves unsaid is
a longer name, not this one's spelling. The letters are compared coarsely
where translations of one Arabic letter differ: g is written for ق (Libyan speech: Ganfouda)
and for ج (Egyptian), so g, q and j are one letter here. A record without an Arabic name gives
no evidence and is kept; the user's records, persons (:mod:`normx.resolve.arabic_reading`),
and names matched exactly are not judged here, nor a name the text writes as the record's
English name does with its designator words left out ("Brak Al-Shati" of "Brak al-Shati Air
Base", whose Arabic name lacks الشاطئ: :func:`normx.resolve.standing.town_of_facility`).
With the shipped files alone loaded (no user record) nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.arabic_spelled import arabic_skeletons, latin_skeletons, skeleton
from normx.resolve.designators import designator_words, name_words
from normx.resolve.standing import USER
from normx.text.generic import generic_words
from normx.text.romanize import romanize

__all__ = ["spells_arabic", "unspelled_shipped_dropped"]

ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]


def _coarse(skel: str) -> str:
    """A skeleton with g, q and j one letter (gh, غ, kept apart)."""
    return skel.replace("gh", "\0").replace("q", "g").replace("j", "g").replace("\0", "gh")


def _word_spells(word: str, arabic: str) -> bool:
    return not _coarse_latin(word).isdisjoint(_coarse_arabic(arabic))


@lru_cache(maxsize=65_536)
def _coarse_latin(word: str) -> frozenset[str]:
    """The coarse skeletons of a Latin word (remembered: every word of a query is compared
    with every word of every shipped look-alike's Arabic names, ~2% of a first pass)."""
    return frozenset(_coarse(s) for s in latin_skeletons(word))


@lru_cache(maxsize=65_536)
def _coarse_arabic(word: str) -> frozenset[str]:
    """The coarse skeletons of a normalised Arabic word (remembered, as above)."""
    return frozenset(_coarse(s) for s in arabic_skeletons(word))


def spells_arabic(query: str, names: Sequence[Sequence[str]]) -> bool:
    """Whether every name word of *query* (the article and designator words aside) spells a
    word of one of the Arabic *names* (normalised words, article dropped); True when the
    query has no such word left."""
    generic = designator_words()
    words = [w for w in name_words(query) if w not in generic and any(c.isalpha() for c in w)]
    if not words:
        return True
    return any(_spelled(words, _without_designators(tuple(name))) for name in names)


@cache
def _generic_skeletons() -> frozenset[str]:
    """Skeletons of the generic place words (``generic_words.yaml``: qaryat, marsa ...)."""
    return frozenset(skeleton(w) for w in generic_words())


@lru_cache(maxsize=16_384)
def _without_designators(name: tuple[str, ...]) -> tuple[str, ...]:
    """An Arabic name's words without its generic place words (قرية الدوارة: الدوارة).

    Remembered: the same shipped records' names come up span after span, and romanising
    their words was ~5% of a first canonicalize pass (session 16)."""
    kept = tuple(w for w in name if skeleton(romanize(w)) not in _generic_skeletons())
    return kept or tuple(name)


def _spelled(words: Sequence[str], name: Sequence[str]) -> bool:
    """Every word of *words* spells a word of *name*, and every word of *name* is spelled."""
    return all(any(_word_spells(w, a) for a in name) for w in words) and all(
        any(_word_spells(w, a) for w in words) for a in name
    )


def unspelled_shipped_dropped(
    group: Sequence[Candidate],
    query: str,
    standing: Callable[[str], int],
    arabic_names: ArabicNames | None,
) -> list[Candidate]:
    """*group* without the shipped non-person candidates matched by likeness whose Arabic
    names *query* does not spell (see the module docstring)."""
    if arabic_names is None:
        return list(group)
    out = []
    for c in group:
        if standing(c.id) < USER and c.type != "PER" and c.method in LIKENESS_METHODS:
            names = arabic_names(c.id)
            if names and not _head_unsaid(query, c.matched) and not spells_arabic(query, names):
                continue
        out.append(c)
    return out


def _head_unsaid(query: str, matched: str) -> bool:
    """The text's words are all words of the matched name, whose other words are designators:
    the name written as the record writes it, its head noun left out ("Brak Al-Shati" of
    "Brak al-Shati Air Base"), a likeness of coverage, not of spelling."""
    said, held = set(name_words(query)), name_words(matched)
    return bool(said) and said <= set(held) and set(held) - said <= designator_words()
