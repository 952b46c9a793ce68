"""Loose matches of several words whose words say another name, or only the kind of place.

Two rules judge a matcher candidate of a name of two words or more by its word pairs, before
the linker weighs candidates against each other, so that a candidate ruled out is no rival
either:

* the sibilants disagree (:mod:`normx.resolve.sibilants`): "Shtewi" is no Sidaoui;
* only the kind agrees: a place's or body's name matched loosely where the only words spelled
  alike are generic (head nouns, facility heads, connectors: "airport", "council", "of") and
  every other word of the text pairs only weakly (below :data:`WEAK_PAIR`) with a word of the
  name. "Caselle airport" ~ Gamal Abdel Nasser Airport (0.77: "airport" spelled, "Caselle" ~
  "Gamal" 0.76) says that both are airports, not which one. Among tens of thousands of
  places some airport's, base's or council's first word is that close to any other word.
"""

from __future__ import annotations

from normx.detect.lexicon import Lexicon
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.sibilants import LOOSE, sibilants_agree

WEAK_PAIR = 0.8  # a likeness of one word below this is no evidence that two names agree

_GENERIC: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _generic(lex: Lexicon) -> frozenset[str]:
    hit = _GENERIC.get(id(lex))
    if hit is None or hit[0] is not lex:
        words = lex.body_heads | lex.unit_heads | lex.facility_heads | lex.connectors
        hit = _GENERIC[id(lex)] = (lex, frozenset(words))
    return hit[1]


def only_the_kind_agrees(cand: Candidate, generic: frozenset[str]) -> bool:
    """*cand*, a place or body matched loosely, agrees with the text only in generic words
    spelled alike; every other word of the text pairs weakly (see the module docstring)."""
    if cand.type == "PER" or cand.method not in LOOSE:
        return False
    pairs = cand.explain.get("pairs") or ()
    spelled = [p for p in pairs if float(p.get("sim", 0.0)) >= 1.0]
    if not spelled or any(str(p.get("query", "")) not in generic for p in spelled):
        return False
    distinct = [p for p in pairs if str(p.get("query", "")) not in generic]
    return bool(distinct) and all(float(p.get("sim", 0.0)) < WEAK_PAIR for p in distinct)


def loose_words_agree(
    cands: list[Candidate], query: str, lex: Lexicon, words: int = 2
) -> tuple[list[Candidate], tuple[Candidate, ...]]:
    """*cands* of a name of *words* words (two or more: judged) without those whose words say
    another name (sibilants) or only the kind of place, and, when no candidate that could link
    is left, the best of those ruled out: the text's words still read as one name, just not
    theirs, and are no separate names to link one by one ("Bashir Al-Sheikh": not Busir
    Hanania Al Sheikh, nor a village Bassir and a village Sheikh)."""
    if words < 2 or not cands:
        return cands, ()
    kept = sibilants_agree(cands, query)
    generic = _generic(lex)
    if any(only_the_kind_agrees(c, generic) for c in kept):
        kept = [c for c in kept if not only_the_kind_agrees(c, generic)]
    if len(kept) == len(cands) or cands[0].score < NO_MATCH_THRESHOLD:
        return kept, ()
    if any(c.score >= NO_MATCH_THRESHOLD for c in kept):
        return kept, ()
    return [], (cands[0],)  # nothing left that would link: the ruled-out best says "a name"
