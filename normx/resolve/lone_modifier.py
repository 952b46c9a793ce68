"""A lone word that is only the modifier of a longer place or body name.

"A special plan for the development of the South" ~ South Sudan, "its Roman theatre" ~ the
Sabratha Roman Theatre, "the Grande rivière artificielle" ~ the Grand National Assembly of
Turkey: each lone word spells one word of the gazetteer's name exactly, so the likeness rules
(:func:`normx.resolve.decision.lone_word_by_chance`) let it through, and the word-weighting
scorer lifts a single spelled word just over the no-match threshold. But the word is a
modifier, not the name's head (its last word), and the text left unsaid what it modifies:

* an ordinary word of the gloss lexicon (``normx/mt/data/gloss.yaml``: south, grand, new),
  which modifies many names alike (South Africa, Korea, Ossetia ...);
* or a word beside an unsaid word that is a gazetteer name by itself (Sabratha, Turkey): the
  entity is named after that other place, which the text did not say.

A body's opening word is no modifier of the place its name says it is of ("Espérance" of
"Espérance Sportive de Tunis": the seat after "de", French and Arabic order). A lone word that
is the name's head ("Kremlin" of the Moscow Kremlin), or a distinctive word
whose neighbours only say a kind (Élysée Palace, Sinovac Biotech, Nafusa Mountains: words of
kind are generic place words, designators, body heads, ``normx/text/data/generic_words.yaml``
and ``normx/detect/data/heads.yaml``) still links. Only places and bodies matched by likeness
alone (persons have their own surname rules), and only one word paired with a longer name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.mt.lexicon import default_lexicon
from normx.resolve import designators
from normx.text.generic import is_generic
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.detect.lexicon import Lexicon
    from normx.detect.tokens import Token
    from normx.detect.trie import NameTrie
    from normx.resolve.segment import Seg

MIN_DISTINCT_LETTERS = 3  # "of", "al", "de": shorter words tell nothing apart
_QUALIFIER = re.compile(r"\(([^)]*)\)")  # "Al-Nasr SC (Benghazi)": a qualifier, not the name
MAX_GAP = 12  # characters between two words of one name: "and the", " of ", " - "
_BREAK = re.compile(r"[^\w\s'’-]")  # punctuation that ends a name: quotes, commas, brackets
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _generic(lex: Lexicon) -> frozenset[str]:
    """The words that say a kind or join names (designators: body, unit and facility heads,
    natural features, administrative units; connectors, stopwords), made once per lexicon."""
    return frozenset().union(
        designators.designator_words(),
        lex.body_heads,
        lex.unit_heads,
        lex.facility_heads,
        lex.connectors,
        lex.stopwords,
    )


def modifier_only(cand: Candidate, lex: Lexicon, trie: NameTrie) -> bool:
    """True when *cand* pairs a lone word with one word, not the last (the head), of a longer
    place or body name, and that word is a modifier: an ordinary word of the gloss lexicon
    ("south", "grand"), or one beside an unsaid word that is itself a gazetteer name
    (*trie*: "Sabratha" of the Sabratha Roman Theatre). Generic words (a head, connector or
    stopword of *lex*, a designator or generic place word) are never the unsaid name."""
    if cand.type == "PER" or cand.method not in LIKENESS_METHODS:
        return False
    ex = cand.explain
    pairs = ex.get("pairs") or ()
    forms = [fold(str(tok.get("form", ""))) for tok in ex.get("matched_tokens") or ()]
    if len(pairs) != 1 or len(forms) < 2:
        return False
    said = fold(str(pairs[0].get("name", "")))
    qualifier = {fold(w) for q in _QUALIFIER.findall(cand.matched) for w in q.split()}
    if said not in forms[:-1]:
        return False  # the head itself ("Kremlin" of the Moscow Kremlin) names the entity
    if (said,) in default_lexicon().entries:
        return True
    generic = _generic(lex)
    seat = _seat_words(cand.matched) if cand.type == "ORG" and forms[0] == said else frozenset()
    for form in forms:
        if form == said or len(form) < MIN_DISTINCT_LETTERS or form in qualifier or form in seat:
            continue
        if form in generic or is_generic(form):
            continue
        if trie.one_word_name(form):
            return True
    return False


_SEAT = re.compile(r"\s(?:of|de|du|des|d['’])\s*(.+)$", re.IGNORECASE)


def _seat_words(name: str) -> frozenset[str]:
    """The folded words after the first "of"/"de" of a body's name ("tunis" of "Espérance
    Sportive de Tunis"): the place the body is of, written after the name in French and Arabic
    order, not a place its opening word modifies (session 23, h-v39fix23: the club
    "Espérance" after "Espérance de Tunis")."""
    found = _SEAT.search(_QUALIFIER.sub("", name))
    return frozenset(fold(w) for w in _WORD.findall(found.group(1))) if found else frozenset()


def in_a_longer_name(text: str, tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Token *k* stands beside a capitalised word or a number with only spaces, hyphens or
    connectors between ("Concord" of "Front for Alternation and Concord in Chad", "June" of
    "June 11 Stadium"): one word of a longer name the text wrote, which other rules read as
    a whole. A demonym after it makes no name ("the North African nation": an adjective
    compound, and "North" alone no name's word). (The tokenizer keeps only such words, so
    the gap between two tokens is read in the text.)"""
    joins = lex.connectors | lex.coordinating
    for j in (k - 1, k + 1):
        j = _past_connectors(tokens, j, j - k, joins)  # "East | without the agreement"
        if not 0 <= j < len(tokens) or (tokens[j].sent_start and j < k):
            continue
        if j > k and tokens[j].form in lex.demonyms:
            continue  # "the North African nation": a compound adjective, no longer name
        left, right = (tokens[j], tokens[k]) if j < k else (tokens[k], tokens[j])
        gap = text[left.end : right.start]
        if right.sent_start or len(gap) > MAX_GAP or _BREAK.search(gap):
            continue
        if all(w.lower() in joins for w in _WORD.findall(gap)):
            return True
    return False


def _past_connectors(tokens: Sequence[Token], j: int, step: int, joins: frozenset[str]) -> int:
    """The first token from *j* on (moving by *step*) that is no lower-case connector: the
    sparse tokens keep a connector after a capitalised word ("East without the ..."), and the
    word beside it is the one that may continue a name (the gap between says whether)."""
    while 0 <= j < len(tokens) and not tokens[j].cap and tokens[j].form in joins:
        j += step
    return j


@cache
def _compass_words() -> frozenset[str]:
    """The compass words that make one adjective with a demonym after them (``compass`` of
    ``normx/detect/data/demonyms.yaml``)."""
    return frozenset(package_data("normx.detect", "demonyms.yaml").get("compass") or ())


def compass_adjective(tokens: Sequence[Token], k: int, lex: Lexicon) -> bool:
    """Token *k* is a compass word joined to a demonym after it ("the North African nation",
    "North-African"): half of an adjective, no name. Linked alone it reaches whatever name
    holds the word (North Oil Company; NATO through "North Atlantic" by coreference), which
    the text never meant, whatever the method."""
    nxt = k + 1
    return (
        nxt < len(tokens)
        and tokens[k].form in _compass_words()
        and tokens[nxt].joined
        and tokens[nxt].form in lex.demonyms
    )


def modifiers_unlinked(
    text: str,
    tokens: Sequence[Token],
    resolved: Sequence[tuple[Seg, Any, dict]],
    lex: Lexicon,
    trie: NameTrie,
) -> list[tuple[Seg, Any, dict]]:
    """*resolved* (segment, candidate, evidence) with the links of lone modifiers undone
    (:func:`modifier_only`) and of compass words that open an adjective
    (:func:`compass_adjective`). Judged on the document's final segments and only for a word
    that stands alone in the text (:func:`in_a_longer_name`), so a word that is part of a
    longer name is left to the rules that read the whole."""
    out = list(resolved)
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or seg.first != seg.last or not isinstance(cand, Candidate):
            continue
        if compass_adjective(tokens, seg.first, lex) or (
            modifier_only(cand, lex, trie) and not in_a_longer_name(text, tokens, seg.first, lex)
        ):
            out[k] = (seg, None, {key: v for key, v in evidence.items() if key != "matched"})
    return out
