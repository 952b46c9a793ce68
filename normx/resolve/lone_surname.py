"""A lone family name that one person in the gazetteer bears, written a vowel apart.

Translated news names a well-known man by his family name alone, even in an article that
never writes him out ("the Dbeibah government", "Dbeiba said"). Spelled as the gazetteer
spells it, the one word matches his name's last word exactly and links (or ties with the
namesakes, whom :mod:`normx.resolve.family_head` and coreference sort out). Spelled a vowel
apart ("Dbeibah" for the record "Abdul Hamid Dbeibeh"), the same word scores far below the
threshold: one word of a longer name, by likeness. Yet the evidence is as good as the exact
word's when nothing else in the gazetteer comes near it: a family name, rendered from one
Arabic spelling, that one person bears.

So an unlinked single name word, not opening its sentence (where any word takes a capital),
links to the person whose name's *last* word it spells alike (:data:`PAIR_SIM`, the pair the
matcher scored), when that person is the only candidate whose words it spells so (a
namesake, a place or body named alike, or a second bearer of the family name leaves it
unlinked) and the word is no name part common in the gazetteer (a given name such as
Ibrahim ends many men's names). A word the document also wrote inside an unknown name of two
words or more is that man's ("Othman Abdel Jalil", a minister no list holds, then
"Abduljalil"), not the gazetteer's bearer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate
from normx.resolve.coref import spelled_alike
from normx.resolve.segment import Resolved, linked_evidence
from normx.text.normalize import NameToken

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

PAIR_SIM = 0.9  # the word and the name's last word: one spelling, a vowel or two apart
OTHER_SIM = 0.85  # another candidate this close to any of its words is a rival
MIN_LETTERS = 4  # shorter words are too easily some name's look-alike


def _pairs(cand: Candidate) -> list[dict[str, Any]]:
    """The query-name word pairs the matcher scored for *cand* (none for a gloss or trie
    match, which explains no pairs)."""
    pairs = cand.explain.get("pairs")
    return pairs if isinstance(pairs, list) else []


def _last_word_pair(cand: Candidate) -> bool:
    """The candidate is a person of two words or more whose last (English) word the query's
    one word spells alike."""
    if cand.type != "PER" or cand.explain.get("matched_lang") != "en":
        return False
    tokens = cand.explain.get("matched_tokens")
    pairs = _pairs(cand)
    if not isinstance(tokens, list) or len(tokens) < 2 or len(pairs) != 1:
        return False
    pair = pairs[0]
    return pair.get("name") == tokens[-1].get("form") and float(pair.get("sim", 0)) >= PAIR_SIM


def sole_bearer(cands: list[Candidate]) -> Candidate | None:
    """The one candidate that bears the word as its family name, if no other comes close."""
    bearers = [c for c in cands if _last_word_pair(c)]
    if len({c.id for c in bearers}) != 1:
        return None
    (bearer,) = bearers[:1]
    for c in cands:
        if c.id != bearer.id and any(float(p.get("sim", 0)) >= OTHER_SIM for p in _pairs(c)):
            return None
    return bearer


def lone_surnames(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each unlinked lone family name of one bearer linked to him."""
    out: list[Resolved] = []
    tokens = linker.tokens
    unknown: list[NameToken] = []  # the words of the unknown names of two words or more
    for seg, cand, _ in resolved:
        if cand is None and not (seg.phrase or seg.generic) and seg.first != seg.last:
            words = linker.core_words(seg.first, seg.last)
            if len(words) >= 2:
                unknown.extend(words)
    unknown = list(dict.fromkeys(unknown))  # read by any() (spelled_alike): each word once
    for seg, cand, evidence in resolved:
        if cand is None and not (seg.phrase or seg.generic) and seg.first == seg.last:
            tok = tokens[seg.first]
            units = linker.name_units(seg.first, seg.last)
            said = linker.core_words(seg.first, seg.last)
            if (
                not tok.sent_start
                and len(units) == 1
                and len(said) == 1
                and len(said[0].form) >= MIN_LETTERS
                and not rt.common_key(said[0].key)
                and not spelled_alike(said[0], unknown)  # "Othman Abdel Jalil" ... "Abduljalil"
            ):
                found = sole_bearer(rt.match(linker.surface(seg.first, seg.last)))
                if found is not None:
                    cand = Candidate(
                        found.id,
                        found.name,
                        found.type,
                        found.score,
                        found.matched,
                        "surname",
                        found.explain,
                    )
                    evidence = linked_evidence(evidence, {"lone_surname": found.matched})
        out.append((seg, cand, evidence))
    return out
