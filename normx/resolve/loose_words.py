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


def loose_words_agree(cands: list[Candidate], query: str, lex: Lexicon) -> list[Candidate]:
    """*cands* of a name of several words without those whose words say another name
    (sibilants) or only the kind of place (the list itself if none is ruled out)."""
    cands = sibilants_agree(cands, query)
    generic = _generic(lex)
    if not any(only_the_kind_agrees(c, generic) for c in cands):
        return cands
    return [c for c in cands if not only_the_kind_agrees(c, generic)]
