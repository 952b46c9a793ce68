"""Lower-case phrases that name a kind of body, not the body of a gazetteer name.

A lower-case phrase ("reconciliation government", "operations room") is no proper name: it
names one body only when its words make up that body's whole name. Two ways of matching let
it pass for a name it only touches:

- a spelling match that pairs the phrase's words with some words of a longer name: "municipal
  council" and "central committee" each spell two words of the Central Committee for Municipal
  Council Elections, as they spell words of any council or committee;
- a gloss match that leaves out the country of the body's name: "central bank" glosses all of
  مصرف ليبيا المركزي but ليبيا, "coast guard" all of خفر السواحل الليبي but الليبي. The country
  is what tells the Central Bank of Libya from every other central bank, so without it the
  phrase names the kind ("a former central bank governor") unless the word before it gives
  that country ("Libyan coast guard": الليبي is one of Libyan's renderings). A left-out
  adjective that names no country (الوطني of حكومة الوفاق الوطني, "reconciliation
  government") tells nothing apart, and the phrase still names the body;
- a gloss match that leaves out a number of the body's name: "joint committee" glosses all of
  اللجنة العسكرية المشتركة 5+5 but the military and the "5+5". A number is a designation, as a
  country is: it tells one committee, brigade or battalion from every other of its kind.

Country words are the gloss lexicon's ``place: true`` entries (``normx/mt/data/gloss.yaml``),
read from the shipped lexicon.
"""

from __future__ import annotations

from functools import cache

from normx.match.candidate import Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve.generic import arabic_words
from normx.resolve.segment import WHOLE_COVERAGE, coverage


@cache
def place_words() -> frozenset[str]:
    """Arabic country and nationality words of the gloss lexicon, as arabic_words gives them."""
    lex = default_lexicon()
    out: set[str] = set()
    for entry in lex.entries.values():
        if entry.place:
            for rendering in entry.renderings:
                out.update(arabic_words(" ".join(rendering)))
    return frozenset(out)


def country_of(word: str) -> frozenset[str]:
    """The Arabic country words a folded English word renders ("libyan" -> ليبي, ليبيا)."""
    entry = default_lexicon().entries.get((word,))
    if entry is None or not entry.place:
        return frozenset()
    return frozenset(w for r in entry.renderings for w in arabic_words(" ".join(r)))


def names_a_kind(cand: Candidate, before: str = "") -> bool:
    """True when a lower-case phrase matched to *cand* names a kind of body, not *cand*: a
    spelling match covering only part of the name, or a gloss match leaving out a number of
    the name or its country that *before*, the folded word right before the phrase, does not
    give."""
    ex = cand.explain
    if ex.get("pairs"):
        return coverage(cand)[1] < WHOLE_COVERAGE
    unmatched = ex.get("unmatched")
    if not isinstance(unmatched, dict):
        return False
    said = [str(w) for w in unmatched.get("arabic") or ()]
    if any(any(ch.isdigit() for ch in w) for w in said):
        return True  # "joint committee" leaves out the "5+5" of a numbered one
    left = arabic_words(" ".join(said))
    places = place_words() - country_of(before)
    return any(w in places for w in left)
