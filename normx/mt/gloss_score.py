"""Scoring a glossed English phrase against one Arabic gazetteer name.

The phrase is a bag of slots (one per English content word or lexicon phrase), each with
Arabic renderings; the name a bag of Arabic content words. Order is ignored: Arabic genitive
order differs from English ("State Council" -> مجلس الدولة, "Council of State" alike).

* slot credit: the share of the words of its best rendering found in the name, each name word
  used by one slot at most ("parliament" -> مجلس النواب needs both words for full credit),
  times the rendering's trust (below 1 for words found only by sound); a slot whose rendering
  is wholly in words another slot took repeats it ("Rada Deterrence") and gets full credit;
* query coverage: mean credit over the phrase's slots, except that an unmatched head noun
  ("Accord *forces*": the body's forces; only against an organisation's name), an unmatched
  kind of firm at an edge ("*Company* of the Turkish Airlines": شركة X, whose name is X; the
  lexicon's ``unsaid_kinds``, only against an organisation's name) or an unmatched
  place at either end of the phrase ("*Tobruk* Parliament": a body named after its seat; also
  only against an organisation's name) is excused at a small fixed cost, unless a word of
  the phrase names a gathering ("*Berlin* Conference": the place is where it met, and a body
  headed مؤتمر, "congress", is no conference held there);
* name coverage: weight of the name's words that a slot used, over the weight of all its words
  (weak adjectives such as الوطني, الأعلى and digit runs weigh :data:`WEAK_WEIGHT`);
* score = coverage * (1 - NAME_WEIGHT + NAME_WEIGHT * name coverage) - costs; so a phrase whose
  every word is in the name scores at least 1 - NAME_WEIGHT = 0.75, the no-match threshold,
  before costs, and each unmatched name word takes it lower.

Caps keep generic evidence below the threshold: a name matched only through generic words
(حكومة, مجلس) while it has a distinctive word left unmatched ("Tripoli government" is not
حكومة الوفاق الوطني by words alone), a name matched only through a place while it has other
words ("Sirte" is not غرفة عمليات سرت والجفرة), a phrase of one ordinary word ("Accord"), a
name with two or more distinctive words the phrase lacks ("Operations Room" is not one
particular town's room), and a place conflict (the phrase names one place, the name another:
"Tripoli Protection Force" vs a
"Protection Force" of another town).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.arwords import is_number
from normx.mt.gloss_index import ArabicName, ArabicWord
from normx.mt.gloss_seat import SEAT_UNSAID, seat_unsaid
from normx.mt.glossing import Slot

NAME_WEIGHT = 0.25
HEAD_COST = 0.05  # an unmatched head noun ("forces")
PLACE_COST = 0.07  # an unmatched place at the phrase's edge ("Tobruk")
GENERIC_CAP = 0.6  # only generic name words matched, a distinctive one left over
SINGLE_WORD_CAP = 0.7  # one ordinary English word is not enough to name a body
PLACE_CONFLICT_FACTOR = 0.7
MAX_DISTINCTIVE_LEFT = 1  # more distinctive name words than this unmatched: another body
LEFTOVER_CAP = 0.7


@dataclass(frozen=True, slots=True)
class SlotMatch:
    """Which name words one slot used, and its credit."""

    slot: int
    rendering: tuple[str, ...]
    words: tuple[int, ...]
    credit: float


@dataclass(frozen=True, slots=True)
class NameMatch:
    """The score of one Arabic name with the components that made it."""

    score: float
    matches: tuple[SlotMatch, ...]
    query_coverage: float
    name_coverage: float
    costs: tuple[str, ...]

    def explain(self, slots: tuple[Slot, ...], name: ArabicName) -> dict[str, Any]:
        used = {w for m in self.matches for w in m.words}
        return {
            "matched_words": [
                {
                    "english": slots[m.slot].english,
                    "arabic": " ".join(m.rendering),
                    "name_words": [name.words[w].text for w in m.words],
                    "credit": round(m.credit, 3),
                }
                for m in self.matches
                if m.words
            ],
            "unmatched": {
                "english": [s.english for i, s in enumerate(slots) if not self._credit(i)],
                "arabic": [w.text for i, w in enumerate(name.words) if i not in used],
            },
            "score components": {
                "query_coverage": round(self.query_coverage, 3),
                "name_coverage": round(self.name_coverage, 3),
                "name_weight": NAME_WEIGHT,
                "costs": list(self.costs),
                "score": round(self.score, 4),
                "threshold": NO_MATCH_THRESHOLD,
            },
        }

    def _credit(self, slot: int) -> float:
        return next((m.credit for m in self.matches if m.slot == slot), 0.0)


def _match_rendering(
    rendering: tuple[str, ...],
    readings: tuple[frozenset[str], ...],
    words: tuple[ArabicWord, ...],
    used: set[int],
) -> tuple[int, ...]:
    taken: list[int] = []
    for rr in readings:
        for wi, word in enumerate(words):
            if wi not in used and wi not in taken and rr & word.readings:
                taken.append(wi)
                break
    return tuple(taken)


def _best(slot: Slot, words: tuple[ArabicWord, ...], used: set[int]) -> SlotMatch | None:
    best: SlotMatch | None = None
    for ri, (rendering, readings) in enumerate(zip(slot.renderings, slot.readings, strict=True)):
        taken = _match_rendering(rendering, readings, words, used)
        credit = slot.trust_of(ri) * len(taken) / len(rendering)
        if taken and (best is None or (credit, len(taken)) > (best.credit, len(best.words))):
            best = SlotMatch(-1, rendering, taken, credit)
    return best


def align(slots: tuple[Slot, ...], name: ArabicName) -> tuple[SlotMatch, ...]:
    """Assign name words to slots, best-evidenced slots first, each word to one slot."""
    used: set[int] = set()
    pending = list(range(len(slots)))
    out: list[SlotMatch] = []
    while pending:
        ranked = []
        for si in pending:
            m = _best(slots[si], name.words, used)
            if m is not None:
                ranked.append((m.credit, len(m.words), -si, si, m))
        if not ranked:
            break
        *_, si, m = max(ranked)
        out.append(SlotMatch(si, m.rendering, m.words, m.credit))
        used.update(m.words)
        pending.remove(si)
    # A slot left over whose words another slot already took says the same thing twice
    # ("Rada Deterrence": the transliteration and the translation of الردع): full credit, no
    # name word of its own.
    for si in pending:
        m = _best(slots[si], name.words, set())
        if m is not None and m.credit == 1.0 and set(m.words) <= used:
            out.append(SlotMatch(si, m.rendering, (), 1.0))
    return tuple(sorted(out, key=lambda m: m.slot))


def _ordinary_word(slot: Slot) -> bool:
    """One English word that is not a name by itself: not transliterated Arabic, not a place,
    not a lexicon phrase or abbreviation that glosses to a multiword name ("UN")."""
    if slot.transliterated or slot.place or " " in slot.english:
        return False
    return not any(len(r) > 1 for r in slot.renderings)


@cache
def score_bounds(slots: int, excusable: int) -> tuple[float, ...]:
    """For a phrase of *slots* slots of which *excusable* are head nouns, kinds of firm or
    places at an edge, an upper bound of :func:`score_name` for a name that shares a reading
    with ``k`` of the slots, for each ``k`` (index ``k``).

    Only a slot sharing a reading with the name can earn credit, at most 1 each; the name
    coverage factor, the caps and the conflict factor only lower a score; an unmatched slot
    the name excuses (a head noun, an edge place: at most *excusable* of them) leaves the
    coverage's denominator but costs at least :data:`HEAD_COST`. So with ``e`` slots excused
    the score is at most ``min(k, n - e) / (n - e) - e * HEAD_COST``: the bound is the largest
    of these. A name below the caller's minimum is then not scored at all
    (:class:`normx.mt.gloss.GlossMatcher`; a property test checks the bound against the
    scorer).
    """
    cost = min(HEAD_COST, PLACE_COST)
    out = []
    for k in range(slots + 1):
        best = 0.0
        for e in range(min(excusable, slots - 1) + 1):
            counted = slots - e
            best = max(best, min(k, counted) / counted - e * cost)
        out.append(min(1.0, best) + BOUND_SLACK)
    return tuple(out)


def excusable_slots(slots: tuple[Slot, ...]) -> int:
    """How many slots :func:`score_name` may excuse when unmatched (see :func:`score_bounds`)."""
    return sum(1 for s in slots if s.head or _unsaid_kind(s) or (s.place and s.edge))


def _unsaid_kind(slot: Slot) -> bool:
    """A kind of firm at an edge of the phrase ("*Company* of the Turkish Airlines"), which the
    firm's Arabic name may leave out: Arabic writes a company شركة X ("the company of X") in
    running text and MT keeps the head word for word, while the firm's own name, as its
    gazetteer record holds it, is X alone (الخطوط الجوية التركية, Turkish Airlines; غدامس
    للنقل الجوي, Ghadames Air Transport). The lexicon's ``unsaid_kinds`` list the words."""
    return slot.unsaid_kind and slot.edge


BOUND_SLACK = 1e-9  # float rounding: a bound never falls below a score it should cover


def score_name(slots: tuple[Slot, ...], name: ArabicName) -> NameMatch | None:
    """Score *slots* against *name*; None when no counted slot found anything."""
    matches = align(slots, name)
    credit = {m.slot: m.credit for m in matches}
    costs: list[str] = []
    penalty = 0.0
    counted: list[float] = []
    unmatched_place = False
    # Excuses need the body itself to be found through a word other than a place: "Tripoli
    # government" is not the town of Tripoli, nor any body of Tripoli, by these words alone.
    through_body = any(c > 0 and not slots[i].place for i, c in credit.items())
    # a place with a word of a gathering is where it met ("Berlin Conference"), not a seat
    seat = not any(s.meeting for s in slots)
    # a kind of firm is excused only by a name said whole: "Afriqiya company" reads one word of
    # الفيلق الأفريقي (the Africa Corps), whose own head is left over
    taken = {w for m in matches for w in m.words}
    said_whole = all(w.weight < 1.0 for i, w in enumerate(name.words) if i not in taken)
    for i, slot in enumerate(slots):
        c = credit.get(i, 0.0)
        if c == 0.0 and slot.place:
            unmatched_place = True
        if c == 0.0 and slot.head and through_body and name.body:
            penalty += HEAD_COST
            costs.append(f"head noun not in name: {slot.english}")
        elif c == 0.0 and _unsaid_kind(slot) and through_body and name.body and said_whole:
            penalty += HEAD_COST
            costs.append(f"kind of firm not in name: {slot.english}")
        elif c == 0.0 and slot.place and slot.edge and name.body and seat:
            penalty += PLACE_COST
            costs.append(f"place not in name: {slot.english}")
        else:
            counted.append(c)
    if not counted or not any(counted):
        return None
    coverage = sum(counted) / len(counted)
    used = {w for m in matches for w in m.words}
    total = sum(w.weight for w in name.words)
    name_cov = sum(name.words[w].weight for w in used) / total if total else 0.0
    score = coverage * (1.0 - NAME_WEIGHT + NAME_WEIGHT * name_cov) - penalty
    left = [w for i, w in enumerate(name.words) if i not in used]
    # a unit's number, found in the phrase, is its identity ("Brigade 128" ~ اللواء 128 معزز),
    # though an unmatched number costs little: it counts as a distinctive word found
    distinctive_used = any(
        (not name.words[w].generic and name.words[w].weight == 1.0) or is_number(name.words[w].text)
        for w in used
    )
    strong_left = any(w.weight == 1.0 for w in left)
    if strong_left and not distinctive_used:
        score = min(score, GENERIC_CAP)
        costs.append("only generic name words matched")
    elif strong_left and not through_body:
        score = min(score, GENERIC_CAP)
        costs.append("only a place matched")
    distinctive_left = [w.text for w in left if w.weight == 1.0 and not w.generic]
    if len(distinctive_left) > MAX_DISTINCTIVE_LEFT:
        score = min(score, LEFTOVER_CAP)
        costs.append("distinctive name words not in phrase: " + " ".join(distinctive_left))
    if seat_unsaid(slots, name, left, credit):  # "Court of Appeal": one town's? gloss_seat
        costs.append(SEAT_UNSAID)  # noted, not scored: the linker leaves the phrase unlinked
    if unmatched_place and any(w.place for w in left):
        score *= PLACE_CONFLICT_FACTOR
        costs.append("phrase and name name different places")
    if len(slots) == 1 and _ordinary_word(slots[0]):
        score = min(score, SINGLE_WORD_CAP)
        costs.append("single ordinary word")
    score = max(0.0, min(1.0, score))
    return NameMatch(score, matches, coverage, name_cov, tuple(costs))
