"""Translated names: match an English name of a body against the gazetteers' Arabic names.

"reconciliation government", "Accord Government" and "Al-Wefaq government" are three machine
translations of حكومة الوفاق الوطني; no spelling-based matcher reaches it from them. The gloss
matcher translates back, word by word, with a curated lexicon (:mod:`normx.mt.lexicon`,
:mod:`normx.mt.glossing`) and compares bags of Arabic words (:mod:`normx.mt.gloss_score`). It
needs no model (no torch). Method name in results: ``"gloss"``.

A phrase with no word from the lexicon (translated or transliterated) is left to the spelling
matcher: "Sirte" or "Khaled al-Mashri" is a spelling question, not a translation. A phrase made
only of generic words ("government", "the Chamber", "the council") names no
particular body and matches nothing; a phrase of one ordinary distinctive word ("Accord") is
capped below the no-match threshold, while one transliterated Arabic word ("Wefaq") may match
on its own, because MT leaves such words untranslated only when they are names.

A phrase made only of generic words and portfolios ("Justice Ministry": fields every country
has a body for) names a kind of body: it takes no body whose name holds a country it lacks
(وزارة العدل الأمريكية), and with a foreign country's word ("Egyptian Interior Ministry") no
body whose name lacks that country (:func:`score_glossed`); Libya, the frame of the
gazetteers, goes without saying.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss_index import ArabicName, GlossTables, gloss_tables
from normx.mt.gloss_score import NameMatch, excusable_slots, score_bounds, score_name
from normx.mt.glossing import LEXICON, TRANSLITERATED, Slot, gloss
from normx.mt.lexicon import Lexicon
from normx.text.clitics import IN_BODY

METHOD = "gloss"
PREFILTER = 300  # names fully scored per query, chosen by how many slots they share
TRANSLATED = frozenset({LEXICON, TRANSLITERATED})  # a phrase needs one such slot to be glossed
KIND_CAP = 0.6  # a kind of body ("Justice Ministry") against one country's body: no match
SCORED_MAX = 4_096  # phrases whose scored names are kept (see GlossMatcher._best_by_entity)

_Best = tuple[float, bool, int, NameMatch]  # score, canonical, name number, the match


class GlossMatcher:
    """Matches English (MT) names of bodies against the Arabic names of one index."""

    def __init__(self, index: NameIndex, *, lexicon: Lexicon | None = None) -> None:
        self.index = index
        self.tables: GlossTables = gloss_tables(index, lexicon)
        # each phrase's best name per entity and the floor it was worked out at (see
        # _best_by_entity), for the phrases asked most recently
        self._scored: dict[str, tuple[float, dict[int, _Best]]] = {}

    def gloss(self, phrase: str) -> tuple[Slot, ...]:
        """The slots of *phrase* (English words with their Arabic renderings)."""
        return gloss(phrase, self.tables)

    def _candidates(self, slots: tuple[Slot, ...]) -> list[tuple[int, int]]:
        """Names sharing a reading with some slot, with how many slots they share one with,
        most first (at most :data:`PREFILTER`)."""
        hits: Counter[int] = Counter()
        postings = self.tables.postings
        for slot in slots:
            found: set[int] = set()
            for readings in slot.readings:
                for rr in readings:
                    for r in rr:
                        found.update(postings.get(r, ()))
            hits.update(found)
        return hits.most_common(PREFILTER)

    def match(
        self,
        phrase: str,
        *,
        top: int = 5,
        type: str | None = None,
        min_score: float = NO_MATCH_THRESHOLD,
        explain: bool = False,
    ) -> list[Candidate]:
        """Rank the entities *phrase* may name; an empty list means "no match".

        Same keywords and defaults as :meth:`normx.match.matcher.Matcher.match`; with
        ``explain=True`` each candidate carries the glosses, the matched and unmatched words and
        the score components.
        """
        slots = self.gloss(phrase)
        if not slots or top <= 0 or all(s.generic for s in slots):
            return []
        if not any(s.kind in TRANSLATED for s in slots):
            return []  # nothing was translated: a spelling question, for the spelling matcher
        records = self.index.records
        best = self._best_by_entity(phrase, slots, min_score)
        if type is not None:
            best = {e: v for e, v in best.items() if records[e].type == type}
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], not kv[1][1], records[kv[0]].id))
        out: list[Candidate] = []
        for entity, (score, _canon, ni, result) in ranked:
            if score < min_score or len(out) >= top:
                break
            rec = records[entity]
            name = self.tables.names[ni]
            detail = self._explain(slots, result, ni) if explain else {}
            out.append(Candidate(rec.id, rec.canonical, rec.type, score, name.text, METHOD, detail))
        return out

    def _best_by_entity(
        self, phrase: str, slots: tuple[Slot, ...], min_score: float
    ) -> dict[int, _Best]:
        """Each entity's best-scoring name for *phrase* (score, canonical, name, match), over
        the names whose bound reaches *min_score*, of every type; remembered per phrase.

        Canonicalize asks the same phrase again with a higher floor, a larger top or one
        entity type (:mod:`normx.resolve.cutoff_ties`: a fifth of its gloss calls, session
        17). An answer worked out at floor ``f`` serves any floor at or above ``f``: a name it
        left out has a bound, hence a score, below ``f``, so it is not its entity's best at
        the higher floor either, or its entity falls below that floor with all its names, and
        :meth:`match` cuts at ``min_score`` anyway; a type keeps the entities of that type,
        which are those a typed search scores (an entity has one type)."""
        kept = self._scored.get(phrase)
        if kept is not None and kept[0] <= min_score:
            return kept[1]
        best: dict[int, _Best] = {}
        bounds = score_bounds(len(slots), excusable_slots(slots))
        for ni, shared in self._candidates(slots):
            if bounds[shared] < min_score:
                continue  # it cannot reach min_score: it would be dropped below anyway
            name = self.tables.names[ni]
            result = score_glossed(slots, name, self.tables)
            if result is None:
                continue
            prev = best.get(name.entity)
            if prev is None or (result.score, name.canonical) > (prev[0], prev[1]):
                best[name.entity] = (result.score, name.canonical, ni, result)
        if len(self._scored) >= SCORED_MAX:
            self._scored.clear()
        self._scored[phrase] = (min_score, best)
        return best

    def _explain(self, slots: tuple[Slot, ...], result: NameMatch, ni: int) -> dict[str, Any]:
        return {
            "glosses": {s.english: [" ".join(r) for r in s.renderings] for s in slots},
            "gloss_kinds": {s.english: s.kind for s in slots},
            **result.explain(slots, self.tables.names[ni]),
        }


def other_country(
    slots: tuple[Slot, ...], name: ArabicName, result: NameMatch, tables: GlossTables
) -> bool:
    """The phrase names a kind of body, and the name one country's body of that kind.

    "Justice Ministry" glosses every word of وزارة العدل الأمريكية but الأمريكية: made only
    of generic words and portfolios (fields every country has a ministry for), the phrase
    tells no country's ministry from another's, so the country word the name holds and the
    phrase lacks is the whole difference. The other way round, "Egyptian Interior Ministry"
    is not وزارة الداخلية, whose country goes without saying only when it is Libya (the
    lexicon's weak words): an edge country word the scorer excuses is not excused here (a
    town is: "Tobruk Parliament" is the parliament seated there). A phrase with any other
    matched word ("Africa Command", "Central Bank") names more than a kind.
    """
    credited = {m.slot for m in result.matches if m.credit > 0}
    if not credited or not all(slots[i].generic or slots[i].portfolio for i in credited):
        return False
    used = {w for m in result.matches for w in m.words}
    if any(w.place and w.weight == 1.0 for i, w in enumerate(name.words) if i not in used):
        return True
    weak = tables.weak_readings
    return any(
        s.place
        and s.kind == LEXICON  # a country or people's word, not a town ("Tobruk Parliament")
        and i not in credited
        and not any(rr & weak for r in s.readings for rr in r)
        for i, s in enumerate(slots)
    )


def unit_of_the_body(slots: tuple[Slot, ...], name: ArabicName, result: NameMatch) -> bool:
    """The phrase names the body a unit sits in, the name the unit.

    "Supreme Constitutional Court" glosses every word into الدائرة الدستورية بالمحكمة العليا
    (the Supreme Court's constitutional chamber) but its head: the phrase's kind word
    ("court", محكمة) lands on the complement the preposition joins to the name
    (بالمحكمة, "in the court"), and the name's own head (الدائرة, the chamber) is left
    unread. A court is not a chamber of a court, nor a ministry one of its offices (مكتب
    الإعلام بوزارة الصحة is no "Ministry of Health"): the phrase names another body, here the
    HoR's constitutional court (articles-v40). A name whose head the phrase renders
    ("Constitutional Circuit") is untouched."""
    if not name.body or not name.words:
        return False
    used = {w for m in result.matches for w in m.words}
    if 0 in used:
        return False  # the name's head is read: the phrase names the unit
    return any(
        m.credit > 0
        and slots[m.slot].generic
        and len(m.rendering) == 1
        and any(_behind_preposition(name.words[w].text, m.rendering[0]) for w in m.words)
        for m in result.matches
    )


def _behind_preposition(word: str, rendering: str) -> bool:
    """*word* is *rendering* behind the preposition "in" (بالمحكمة, بوزارة)."""
    base = rendering[2:] if rendering.startswith("ال") else rendering
    return any(word == p + base for p in IN_BODY)


def score_glossed(
    slots: tuple[Slot, ...], name: ArabicName, tables: GlossTables
) -> NameMatch | None:
    """:func:`~normx.mt.gloss_score.score_name`, capped at :data:`KIND_CAP` when the phrase
    names a kind of body and the name one country's body of that kind (:func:`other_country`),
    or the body a unit sits in where the name is the unit's (:func:`unit_of_the_body`).
    The cap only lowers a score, so the bounds of :func:`~normx.mt.gloss_score.score_bounds`
    still hold."""
    result = score_name(slots, name)
    if result is None or result.score <= KIND_CAP:
        return result
    if other_country(slots, name, result, tables):
        cost = "a kind of body; phrase and name differ in country"
    elif unit_of_the_body(slots, name, result):
        cost = "the phrase names the body the name's unit sits in"
    else:
        return result
    return replace(result, score=KIND_CAP, costs=(*result.costs, cost))


def merge_candidates(
    spelling: list[Candidate], glossed: list[Candidate], *, top: int = 5
) -> list[Candidate]:
    """One ranking from the spelling matcher's and the gloss matcher's candidates.

    Both scores share the calibration of :data:`NO_MATCH_THRESHOLD`, so an entity keeps the
    higher of its two; on a tie the spelling candidate wins (it rests on the name as written).
    """
    best: dict[str, Candidate] = {}
    for cand in (*spelling, *glossed):
        prev = best.get(cand.id)
        if prev is None or cand.score > prev.score:
            best[cand.id] = cand
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.method == METHOD, c.id))
    return ranked[: max(top, 0)]
