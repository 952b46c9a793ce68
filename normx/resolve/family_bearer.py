"""A family name said alone, of a family the gazetteers hold several members of: its bearer.

News names a man by his family name alone when the name has become his: "the forces of
Haftar", "Marshal Haftar", "the regime of Gaddafi", "the government of Dbeibah", often in an
article that never writes him out. The gazetteers hold his relatives beside him (Khalifa
Haftar's sons Saddam, Khalid and Belgasem; Muammar Gaddafi's children on the UN list; Abdul
Hamid Dbeibah's cousin Ali Ibrahim Dbeibah), so the one word matches them all alike, and the
lone-surname rules rightly decline: :mod:`normx.resolve.lone_surname` wants one bearer,
:mod:`normx.resolve.family_head` the sons' chained names ("Saddam Khalifa Haftar"), which a
user's gazetteer seldom holds. Nothing in the spelling tells the father from the sons; what a
reader knows is who the family name means in the news, and that is data
(``data/family_bearers.yaml``: a few families, each with the names of the man meant).

So an unlinked single name word (or one linked to a namesake by its spelling alone) links to
the listed bearer when the gazetteer holds him (a person record with one of his listed names,
English folded or Arabic normalised; exactly one such record of the highest standing, the
user's own over the shipped one) and the word spells his family name alike
(:data:`FAMILY_SIM`, the likeness coreference takes for the same word: "Hifter",
"Al-Qathafi", "Al-Dabaiba"), unless

* the document links a person of that family elsewhere (it named the son it means: "Saddam
  Haftar", then "Haftar"), or writes the word inside an unknown name of two words or more
  (a relative no list holds);
* a candidate that is no person, or a person whose *other* name word it spells, answers the
  word as well as the family name does (a place "Dehiba" nearer than "Dbeibeh" keeps it; a
  place of more words, "Sidi Haftar", does not: news writes such a place whole).

Namesakes who bear the family name are what the list settles, so they are no rivals: with
``--distractors 40000`` more of them appear, and the answer stays the bearer's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from normx.match.candidate import Candidate
from normx.match.similarity import token_similarity
from normx.resolve.coref import WORD_MATCH, spelled_alike
from normx.resolve.generic import arabic_words
from normx.resolve.lru import LRU
from normx.resolve.segment import DOCUMENT_LINK_KEYS, Resolved, linked_evidence
from normx.text.latin import fold
from normx.text.normalize import NameToken
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.api import Normalizer
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

FAMILY_SIM = WORD_MATCH  # the word and the family name: the same word, as coreference reads it
MIN_LETTERS = 4  # shorter words are too easily some name's look-alike


@cache
def family_bearers() -> tuple[tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]], ...]:
    """The listed bearers, each as (English names folded into words, Arabic names as words)."""
    out = []
    for entry in package_data("normx.resolve", "family_bearers.yaml"):
        english = frozenset(_english_words(n) for n in entry.get("en", ()))
        arabic = frozenset(arabic_words(n) for n in entry.get("ar", ()))
        out.append((english, arabic))
    return tuple(out)


def _english_words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace("-", " ").split())


# per normalizer, with and without a standing to prefer the user's records by
_BEARERS: WeakKeyDictionary[Normalizer, dict[bool, dict[str, tuple[str, ...]]]] = (
    WeakKeyDictionary()
)


def bearer_records(
    normalizer: Normalizer, standing: Callable[[str], int] | None = None
) -> dict[str, tuple[str, ...]]:
    """Record id -> the English names (its own and the list's) of each listed bearer the
    gazetteers hold as exactly one person record of the highest *standing* (the user's own
    record over the shipped one of the same man; two records of one standing decide
    nothing)."""
    hit = _BEARERS.setdefault(normalizer, {}).get(standing is not None)
    if hit is not None:
        return hit
    found: dict[int, list[str]] = {}
    for rec in normalizer.records:
        if rec.type != "PER":
            continue
        english = {_english_words(n) for n in rec.names("en")}
        arabic = {arabic_words(n) for n in rec.names("ar")}
        for i, (en, ar) in enumerate(family_bearers()):
            if english & en or arabic & ar:
                found.setdefault(i, []).append(rec.id)
    out: dict[str, tuple[str, ...]] = {}
    for i, ids in found.items():
        if standing is not None and len(ids) > 1:
            top = max(standing(rid) for rid in ids)
            ids = [rid for rid in ids if standing(rid) == top]
        if len(ids) == 1:
            rec = normalizer.by_id[ids[0]]
            listed = (" ".join(w) for w in family_bearers()[i][0])
            out[ids[0]] = tuple(dict.fromkeys((*rec.names("en"), *listed)))
    _BEARERS[normalizer][standing is not None] = out
    return out


CLOSEST_MAX = 50_000  # words whose closest bearer is remembered, per bearers table

# per bearers table (bearer_records' answer, kept as long as it is): a word -> the one bearer
# whose family name it spells most alike and that likeness, or None when two tie
_CLOSEST: WeakKeyDictionary[Normalizer, dict[int, tuple[object, LRU[NameToken, Any]]]] = (
    WeakKeyDictionary()
)


def _closest_bearer(
    rt: Runtime, word: NameToken, bearers: dict[str, tuple[str, ...]]
) -> tuple[str | None, float]:
    """The one bearer whose family name *word* spells most alike (None when several tie) and
    that likeness: the same for every document, so worked out once per word and table (every
    lone word of a document was compared with every bearer's every name: ~2% of a pass)."""
    tables = _CLOSEST.setdefault(rt.normalizer, {})
    held = tables.get(id(bearers))
    if held is None or held[0] is not bearers:  # an id reused by another table: start anew
        held = tables[id(bearers)] = (bearers, LRU(CLOSEST_MAX))
    memo = held[1]
    hit = memo.get(word)
    if hit is not None:
        return hit
    sims = {rid: _family_sim(rt, word, names) for rid, names in bearers.items()}
    best = max(sims.values())
    chosen = [rid for rid, sim in sims.items() if sim == best]
    found = (chosen[0] if len(chosen) == 1 else None), best
    memo.put(word, found)
    return found


def _family_sim(rt: Runtime, word: NameToken, names: Sequence[str]) -> float:
    """How alike *word* spells the last word of one of *names* (a family name)."""
    best = 0.0
    for name in names:
        words = rt.core_words(name)
        if len(words) >= 2:
            best = max(best, token_similarity(word, words[-1], cross_script=False)[0])
    return best


def _of_family(rt: Runtime, record_id: str, word: NameToken) -> bool:
    """The record is a person whose English name ends in *word* spelled alike."""
    rec = rt.normalizer.by_id.get(record_id)
    return (
        rec is not None
        and rec.type == "PER"
        and _family_sim(rt, word, rec.names("en")) >= FAMILY_SIM
    )


def _rival(rt: Runtime, cand: Candidate, word: NameToken, sim: float) -> bool:
    """A candidate that answers *word* as well as the family name does, other than as a
    bearer of that family name. A body or place whose name holds more words than the one
    said ("Sidi Haftar", "Wadi Haftar": places named after a man or a saint) is no rival:
    news that means the place writes its whole name, and a lone family name is the man."""
    if _of_family(rt, cand.id, word):
        return False
    if cand.type != "PER" and len(rt.core_words(cand.matched)) > 1:
        return False
    pairs = cand.explain.get("pairs")
    best = max((float(p.get("sim", 0)) for p in pairs), default=0.0) if pairs else cand.score
    return best >= sim


def _by_spelling(cand: Candidate, evidence: dict[str, Any]) -> bool:
    """A one-word link to a person made by the word's spelling alone (a namesake's family
    name spelled as the text spells it), which the document did not make."""
    return cand.method != "coref" and not any(k in evidence for k in DOCUMENT_LINK_KEYS)


def family_bearer_links(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each unlinked family name of a listed family linked to its bearer."""
    bearers = bearer_records(rt.normalizer, rt.standing)
    if not bearers:
        return resolved
    unknown: list[NameToken] = []  # the words of the unknown names of two words or more
    linked: set[str] = set()  # the persons the document names (not by one word spelled alike)
    for seg, cand, evidence in resolved:
        if cand is not None:
            if len(linker.name_units(seg.first, seg.last)) != 1 or not _by_spelling(cand, evidence):
                linked.add(cand.id)
        elif not (seg.phrase or seg.generic) and seg.first != seg.last:
            words = linker.core_words(seg.first, seg.last)
            if len(words) >= 2:
                unknown.extend(words)
    unknown = list(dict.fromkeys(unknown))  # read by any(): each word once
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if not (seg.phrase or seg.generic) and (
            cand is None or (cand.type == "PER" and _by_spelling(cand, evidence))
        ):
            found = _bearer(linker, rt, seg.first, seg.last, bearers, linked, unknown)
            if found is not None:
                rec = rt.normalizer.by_id[found[0]]
                name = rec.canonical
                cand = Candidate(rec.id, name, rec.type, found[1], name, "surname", {})
                evidence = linked_evidence(evidence, {"family_bearer": name})
        out.append((seg, cand, evidence))
    return out


def _bearer(
    linker: SpanLinker,
    rt: Runtime,
    first: int,
    last: int,
    bearers: dict[str, tuple[str, ...]],
    linked: set[str],
    unknown: list[NameToken],
) -> tuple[str, float] | None:
    """The listed bearer the one-word name of tokens *first*..*last* means (and the word's
    likeness to his family name), if the evidence holds."""
    said = linker.core_words(first, last)
    if (
        len(linker.name_units(first, last)) != 1
        or len(said) != 1
        or len(said[0].form) < MIN_LETTERS
    ):
        return None
    word = said[0]
    found, best = _closest_bearer(rt, word, bearers)
    if best < FAMILY_SIM or found is None:
        return None
    if spelled_alike(word, unknown):  # "Ali Dbeibah", whom no list holds, then "Dbeibah"
        return None
    if any(rid != found and _of_family(rt, rid, word) for rid in linked):
        return None  # the document named the son it means
    surface = linker.surface(first, last)
    if any(c.id != found and _rival(rt, c, word, best) for c in rt.match(surface)):
        return None
    return found, best
