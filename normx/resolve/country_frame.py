"""Libya goes without saying: a body's name with a foreign country's word unsaid is not meant.

"Dar al-Ifta" in a Libyan text ties between دار الإفتاء الليبية (Libya's) and دار الإفتاء
المصرية (Egypt's, "Dar al-Ifta al-Misriyyah"): each name holds one word the text leaves out,
and the likeness scores cannot tell which. The gazetteers' frame is Libya (the gloss lexicon
counts Libya's words among the weak ones English drops, :mod:`normx.mt.gloss`), so the name
whose unsaid word is Libya's, or that has no country word at all, is the one a Libyan writer
leaves bare; a foreign body is named with its country ("Egyptian Dar al-Ifta", "the Saudi
Interior Ministry"). Hence, among tied candidates:

* a country's adjective or name just before the span or inside it ("Egyptian" before "Dar
  al-Ifta") picks the one candidate whose Arabic name holds that country's word;
* a sentence that opens with the country ("In Saudi Arabia, the Supreme Court announced ...")
  frames the span the same way (:func:`opening_country`, :func:`opened_choice`): among the
  candidates close to the best, the one that country's word is in wins, tie or not;
* otherwise, when every candidate but one holds a foreign country's word (a ``place`` entry
  of the gloss lexicon that is not one of its weak words, or the country its English name is
  qualified with: "Administrative Control Authority (Egypt)", هيئة الرقابة الإدارية (مصر))
  and that one holds none, it wins.

Only a tie-break, and only for a name of two words or more: the likeness decisions stand when
they decide, and a lone word ("Crescent") is no name of either body.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.text.latin import fold
from normx.text.resources import word_list

ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]
# place entries of the lexicon that are peoples or regions, not one country
# (data/country_words.yaml, not_a_country)
NOT_A_COUNTRY = frozenset(word_list("normx.resolve", "country_words.yaml", "not_a_country"))


@cache
def _country_words() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str]]:
    """English place word -> its Arabic words; every foreign country word; Libya's words."""
    lex = default_lexicon()
    weak = frozenset(w for a in lex.weak_arabic for w in arabic_words(a))
    by_english: dict[str, frozenset[str]] = {}
    for key, entry in lex.entries.items():
        if not entry.place or len(key) != 1 or key[0] in NOT_A_COUNTRY:
            continue
        words = frozenset(w for r in entry.renderings for a in r for w in arabic_words(a))
        if words:
            by_english[key[0]] = words
    foreign = frozenset(w for ws in by_english.values() for w in ws) - weak
    return by_english, foreign, weak


def holds_words(record_id: str, words: frozenset[str], arabic_names: ArabicNames) -> bool:
    """A name of the record holds one of *words*, bare or as its qualifier: هيئة الرقابة
    الإدارية (مصر) is Egypt's as much as دار الإفتاء المصرية."""
    return any(words.intersection(w.strip("()") for w in name) for name in arabic_names(record_id))


_OPENING = re.compile(r"(?:^|[.!?\n])\s*In ((?:[A-Z][\w'’-]*\s){0,2}[A-Z][\w'’-]*),\s+(?:the\s+)?$")
OPENING_CHARS = 60  # how far back the sentence's opening "In <country>," may stand


def opening_country(text: str, start: int) -> str:
    """The words of "In <Name>," when the sentence opens so right before *start* (only "the"
    between): "In Saudi Arabia, the Supreme Court" -> "Saudi Arabia"; else ""."""
    low = max(0, start - OPENING_CHARS)
    # the window's end first (exact: a match holds "In " and ends in "," or "the", then
    # whitespace, which rstrip takes): the search tries every offset of the window, for
    # every span of two units or more (session 34)
    window = text[low:start]
    tail = window.rstrip()
    if len(tail) == len(window) or not tail.endswith((",", "the")) or "In " not in window:
        return ""
    m = _OPENING.search(text, low, start)
    return m.group(1) if m is not None else ""


def opened_choice(
    opener: str, cands: Sequence[Candidate], arabic_names: ArabicNames | None
) -> Candidate | None:
    """The one candidate among close *cands* (the best and those near it) whose Arabic name
    holds the country the sentence opens with (*opener*, :func:`opening_country`), when it is
    not the best already; None otherwise. A country said so frames the sentence as a word
    before the span does, and decides even where the likeness scores do not tie: the
    unsaid Libya of "Supreme Court of Libya" costs a gloss little, so the Libyan court leads
    the Saudi one by a few hundredths."""
    if arabic_names is None or len(cands) < 2 or any(c.type == "PER" for c in cands):
        return None
    by_english, _, weak = _country_words()
    opened = {w for w in fold(opener).replace("-", " ").split() if w in by_english}
    named = {frozenset(by_english[w] - weak) for w in opened} - {frozenset()}
    if len(named) != 1:
        return None
    words = next(iter(named))
    found = list({c.id: c for c in cands if holds_words(c.id, words, arabic_names)}.values())
    if len(found) != 1 or found[0].id == cands[0].id:
        return None
    return found[0]


def framed_choice(
    query: str,
    word_before: str,
    cands: Sequence[Candidate],
    arabic_names: ArabicNames | None,
) -> Candidate | None:
    """The one candidate among tied *cands* the country frame picks, or None."""
    if arabic_names is None or len(cands) < 2 or any(c.type == "PER" for c in cands):
        return None
    cands = list({c.id: c for c in reversed(cands)}.values())[::-1]  # first of each id
    if len(cands) < 2:
        return None
    by_english, foreign, weak = _country_words()
    said = [w for w in (fold(word_before), *fold(query).replace("-", " ").split()) if w]
    named = [by_english[w] - weak for w in said if w in by_english and by_english[w] - weak]
    if named:
        if len(named) != 1:
            return None
        found = [c for c in cands if holds_words(c.id, named[0], arabic_names)]
        return found[0] if len(found) == 1 else None
    from normx.resolve.foreign_frame import english_marks  # it reads this module's words

    bare = [
        c
        for c in cands
        if not holds_words(c.id, foreign, arabic_names) and not english_marks(c.name)[0]
    ]
    if len(bare) != 1:
        return None
    if not all(arabic_names(c.id) for c in cands):
        return None  # a record without Arabic names may hold a country only in English
    return bare[0]
