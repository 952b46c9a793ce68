"""A lone word that is the name of many persons in the gazetteer names no place by itself.

In a large gazetteer of Arab names, given names (Ahmed, Fathi, Eid, Mahdi) are words of
hundreds of person records; a village or hamlet spelled the same way ("Ahmed", "Eid",
localities in GeoNames) is one record among them. A lone capitalised "Ahmed" in a news text
is far more likely a man named by one part of his name (a fragment of "Ahmed al-Dabbashi", a
speaker named once in full), or a feast ("Eid"), than that village: the word says "a man" many
times for each time it says "this place", and a one-word mention holds nothing else to tell
them apart. So a one-word mention whose word is a name word of at least
:data:`MANY_PERSONS` person records links to no place or body on its own; the mention stays
unresolved (ambiguous), where a longer name or another rule can still decide.

The count is of the word as spelled (folded), not of its phonetic key: a key joins a place
with unrelated names ("Zawia" and the family name Al-Zawi, "Sicilia" and Saqqal), and the
evidence is that this very word names persons. A gazetteer of a few hundred records never
holds that many persons sharing one word, so the rule acts only where the gazetteer is large
enough for word counts to mean something. The cut-off is a judgement, not a derivation: the
benchmark's synthetic persons take some place words as bare name parts ("Sicily Nasr", 72 of
36,000), where real persons carry a place as a nisba (Al-Siqilli); 80 keeps such a place and
still catches the feast and given names (Eid 113, Fathi 87, Ahmed 601). Mahdi (43) is missed.

Persons are counted for the word *as the mention writes it*: a bare "Portugal" counts the
persons who bear the bare word, not those whose name holds it after the article ("Al-Portugal",
"El Masri": a family name or nisba, written with its article when it names the man). A lone
bare word is a man's name only as often as men bear it bare; given names never take the article,
so "Ahmed" or "Eid" counts the same either way. (Under ``--distractors 40000`` the synthetic
persons bear "Al-Portugal" 129 times and "Portugal" bare 36: the country said alone was lost.)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TypeVar

from normx.match.candidate import Candidate
from normx.text.normalize import NameToken, analyse_name, core_tokens

MANY_PERSONS = 80  # of 36,000 synthetic persons: Ahmed 601, Eid 113, Fathi 87; Sicily 72


K = TypeVar("K")  # what a word counts as: its folded form, or form and article


def person_word_counts_by(
    person_words: Iterable[tuple[str, Iterable[NameToken]]], key: Callable[[NameToken], K]
) -> Counter[K]:
    """How many persons hold each core word, as *key* reads a word: *person_words* gives
    (record id, tokens) for each English name of a person (a record with several names counts
    once per key)."""
    seen: dict[str, set[K]] = {}
    for rid, tokens in person_words:
        seen.setdefault(rid, set()).update(key(t) for t in tokens if t.is_core)
    return Counter(w for words in seen.values() for w in words)


def person_word_counts(person_words: Iterable[tuple[str, Iterable[NameToken]]]) -> Counter[str]:
    """How many persons hold each folded core word (:func:`person_word_counts_by`)."""
    return person_word_counts_by(person_words, lambda t: t.form)


def person_word_counts_as_written(
    person_words: Iterable[tuple[str, Iterable[NameToken]]],
) -> Counter[tuple[str, bool]]:
    """How many persons hold each folded core word, written with the article (True) or bare
    (False): (form, article) -> persons, each person counted once per pair
    (:func:`person_word_counts_by`)."""
    return person_word_counts_by(person_words, lambda t: (t.form, t.article))


def persons_word_as_place(
    best: Candidate, query: str, person_word: Callable[..., int] | None
) -> bool:
    """*query* is one word that many persons' names hold as *query* writes it (bare, or after
    the article), and *best* is no person."""
    if person_word is None or best.type == "PER":
        return False
    tokens = core_tokens(analyse_name(query))
    if len(tokens) != 1:
        return False
    return person_word(tokens[0].form, article=tokens[0].article) >= MANY_PERSONS


def persons_word_dropped(
    exact: list[Candidate] | None, query: str, person_word: Callable[..., int] | None
) -> list[Candidate] | None:
    """*exact* without a lone place or body that *query*, a word of many persons, spells."""
    if exact and len(exact) == 1 and persons_word_as_place(exact[0], query, person_word):
        return []
    return exact
