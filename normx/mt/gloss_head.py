"""A gloss through a word the record's English name renders otherwise yields to a name that
holds the phrase's own words.

Arabic has one word where English has several: مؤتمر is "conference" and "congress", مجلس
"council", "chamber" and "assembly". The gloss matcher (:mod:`normx.mt.gloss`) rightly reads
"Berlin Conference" as مؤتمر برلين, and so reaches every record whose Arabic name is that,
whatever its English: the Congress of Berlin (مؤتمر برلين 1878) matches the two words whole,
better than the Berlin Conference on Libya (مؤتمر برلين حول ليبيا) whose name has two words
more. Yet the Congress's own English name says "Congress", another rendering of the same
Arabic word than the phrase's "Conference", while the spelling matcher has found a record
whose English name holds every word the phrase wrote (articles-v28: the 2020 conference
written "Berlin Conference" and "Conference of Berlin", four times linked to the 1878
congress). When both exist, the record whose English name holds the text's words is the one
the writer named: English names are what the text was written against, and the gloss is
only the way back when they are not.

So a gloss candidate that outranks such a rival is lowered below it (by :data:`MARGIN`, more
than the resolver's ambiguity margin) when a word of the phrase that names a kind of body or
gathering (the lexicon's generic words: conference, congress, council, assembly ...) is
missing from the candidate's canonical English name, and that name holds another such word
with a shared Arabic rendering ("Congress" beside "Conference"). Other words are not read so:
"Naval Forces" is the Libyan Navy (القوات البحرية) whatever its English says, and a people's
word ("Libyan") is its country's. Nor is a gloss that renders every word of the phrase and
of the Arabic name (score 1.0): "Council of Representatives" is مجلس النواب whole, the House
of Representatives, though the gazetteer also holds Iraq's Council of Representatives
(articles-v24, v26); the Congress of Berlin's name has a word the phrase lacks (1878).
A gloss candidate whose English name merely lacks the word (the GNA for "Reconciliation
Government": its name has no other rendering of المصالحة) keeps its score, as does one held
under an Arabic name only, and nothing changes when no spelling candidate holds every word of
the phrase.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from normx.match.candidate import Candidate
from normx.mt.glossing import LEXICON, Slot, _variants, english_words

MARGIN = 0.06  # the rival then leads by more than decision.AMBIGUITY_MARGIN (0.05)
WHOLE = 0.999  # a gloss this high renders every word of the phrase and of the Arabic name
COST_NOTE = "the record's English name renders a phrase word otherwise: "


def _arabic_words(slot: Slot) -> frozenset[str]:
    """The slot's one-word renderings: the Arabic noun the English word stands for ("navy"
    is القوات البحرية whole, no other rendering of القوات alone)."""
    return frozenset(r[0] for r in slot.renderings if len(r) == 1)


def _forms(words: Sequence[str]) -> frozenset[str]:
    """The words with their singular variants ("conferences" -> "conference")."""
    return frozenset(v for w in words for v in _variants(w))


def _holds_all(name: str, phrase_words: Sequence[str], function_words: frozenset[str]) -> bool:
    forms = _forms(english_words(name, function_words))
    return bool(phrase_words) and all(any(v in forms for v in _variants(w)) for w in phrase_words)


def renders_otherwise(
    phrase_slots: Sequence[Slot], name_slots: Sequence[Slot], name_words: frozenset[str]
) -> str | None:
    """The phrase's word of a kind of body that the English name lacks while holding another
    such word with a shared Arabic rendering ("conference" against "Congress of Berlin"), if
    any."""
    for s in phrase_slots:
        if not _kind_word(s) or all(
            any(v in name_words for v in _variants(w)) for w in s.english.split()
        ):
            continue
        arabic = _arabic_words(s)
        for t in name_slots:
            if _kind_word(t) and t.english != s.english and arabic & _arabic_words(t):
                return s.english
    return None


def _kind_word(slot: Slot) -> bool:
    """A lexicon word naming a kind of body or gathering ("conference", "council"), not a
    place or people ("Libyan"): the head English renders one Arabic noun by."""
    return slot.kind == LEXICON and slot.generic and not slot.place


def said_words_first(
    phrase: str,
    spelling: Sequence[Candidate],
    glossed: Sequence[Candidate],
    gloss: Callable[[str], tuple[Slot, ...]],
    function_words: frozenset[str],
    min_score: float,
) -> list[Candidate]:
    """*glossed*, with each candidate that :func:`renders_otherwise` the phrase and outranks
    the best spelling candidate whose matched English name holds every word of the phrase
    lowered below it (dropped when that takes it under *min_score*); see the module docstring."""
    if not glossed or not spelling:
        return list(glossed)
    words = english_words(phrase, function_words)
    rivals = [c for c in spelling if _holds_all(c.matched, words, function_words)]
    if not rivals:
        return list(glossed)
    rival = max(rivals, key=lambda c: c.score)
    slots = gloss(phrase)
    out: list[Candidate] = []
    for cand in glossed:
        if cand.id == rival.id or cand.score <= rival.score or cand.score >= WHOLE:
            out.append(cand)
            continue
        name_words = _forms(english_words(cand.name, function_words))
        word = renders_otherwise(slots, gloss(cand.name), name_words) if name_words else None
        if word is None:
            out.append(cand)
            continue
        score = rival.score - MARGIN
        if score < min_score:
            continue
        explain = {**cand.explain, "said_words_first": COST_NOTE + word} if cand.explain else {}
        out.append(replace(cand, score=score, explain=explain))
    return out
