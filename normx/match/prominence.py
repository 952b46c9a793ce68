"""Which of several namesakes a surname alone means: the best-attested one.

A one-word query ("Gaddafi", "Haftar") that matches one part of many longer names scores them
almost alike: the matched part is the same word, and what separates the scores is only the
length of the parts the query leaves unmatched (Hamadi al-Qadhafi 0.5873, Muammar al-Qadhafi
0.5871, Hasnawi al-Qadhafi 0.5864 ...). That difference says nothing about whom the writer
meant; a reader who sees the surname alone thinks of the best-known bearer. A gazetteer says
how known an entity is in data any record has, whoever wrote it: the attested names it holds
(a sanctions or Wikidata record of a famous person carries dozens of aliases, a local clerk's
record one) and its cross-references to other lists. :func:`prominence` counts those;
:func:`order` puts the most prominent candidate of the near-tied group first.

Only the order changes, never whether a name is linked: the promoted candidate takes the
group's best score (which was already the answer's score; one float step above it), so the
no-match threshold decides on the same number as before, and a surname alone still needs
the evidence issue 3 asks of it. Full names, one-word names matched whole, and bodies and
places are not touched: their scores differ for reasons, or the shared word is a kind.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import replace

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.latin import fold

# candidates within this much of the best score are a near-tie for a one-word query (the
# unmatched rest of each name moves its score by ~0.0002-0.01 on a 40,000-name gazetteer)
TIE_BAND = 0.03
# entities ranked for a one-word query before the near-tie group is read, so that a prominent
# namesake ranked low by its longer unmatched rest is still among them
POOL = 16


def prominence(record: Record) -> int:
    """How attested *record* is: its aliases in either script and its cross-references
    (Wikidata, list ids). The canonical names are not counted: a record with an English and
    an Arabic name is one name in two scripts, not a better-known entity. Nor is an alias
    whose words all come from the record's names: the loader derives such forms from any long
    name (the short form "Muammar Qadhafi" of "Muammar Mohammed Abu Minyar Qadhafi", a bare
    title, :func:`normx.gazetteer.titles.with_bare_titles`), so they say how long a name is,
    not how known its bearer."""
    words = set().union(*(_words(n) for n in (record.name_en, record.name_ar) if n))
    aliases = (*record.aliases_en, *record.aliases_ar)
    return sum(not _words(a) <= words for a in aliases) + len(record.xref)


def _words(text: str) -> set[str]:
    """A name's words, case, accents and hyphens aside."""
    return set(fold(text).replace("-", " ").split())


def prominence_by_id(records: Iterable[Record]) -> dict[str, int]:
    """Each person record id's :func:`prominence`, for those that have any (the rest are 0;
    only persons are ordered by it, :func:`_namesake`)."""
    return {r.id: p for r in records if r.type == "PER" and (p := prominence(r))}


def _just_above(score: float) -> float:
    """The next float above *score*, unless that would cross the no-match threshold: callers
    that merge candidate lists sort ties by id again (``merge_candidates``), so the moved
    candidate needs a score of its own, and one no rounding shows (JSON keeps 4 decimals)."""
    up = math.nextafter(score, 1.0)
    return score if score < NO_MATCH_THRESHOLD <= up else up


def _namesake(candidate: Candidate) -> bool:
    """Whether a one-word query matched only a part of a person's name (a surname alone).
    Bodies and places are left alone: the one word they share is a kind ("Federation",
    "Coast Guard", "Council"), and the best-attested body of that kind (Russia for "the
    Federation") is no prior for which one a text means."""
    return candidate.type == "PER" and len(candidate.matched.split()) > 1


def _tied_group(found: Sequence[Candidate]) -> int:
    """How many of *found* (best first) are the near-tied namesakes :func:`order` reads: the
    first ones, while each is a namesake within :data:`TIE_BAND` of the first."""
    if not found or not _namesake(found[0]):
        return 0
    best = found[0].score
    n = 0
    for c in found:
        if best - c.score > TIE_BAND or not _namesake(c):
            break
        n += 1
    return n


def reads_past(found: Sequence[Candidate], top: int) -> bool:
    """Whether :func:`order` over a wider ranking than *found* (the best *top* entities of a
    one-word query) could put first an entity *found* lacks: only when *found* is full and
    every one of its entities is in the near-tied group (which may then go on past them).
    Otherwise the group ends inside *found*, or *found* is the whole ranking, and :func:`order`
    gives the same first entities either way (a higher first score, as a calibrated lift gives
    it, only ends the group sooner)."""
    return len(found) >= top and _tied_group(found) >= top


def order(found: Sequence[Candidate], weight: dict[str, int], parts: int) -> list[Candidate]:
    """*found* (best first) with the most prominent candidate of the near-tied first group moved
    to the front, for a query of one name part (*parts*) that matched a part of each name in
    that group; *weight* maps ids to :func:`prominence`. The moved candidate takes the first's
    score (one float step above it, :func:`_just_above`) so that scores still fall down the
    list; ties in prominence keep the scorer's order.
    """
    if parts != 1 or len(found) < 2 or not _namesake(found[0]):
        return list(found)
    best = found[0].score
    group = list(range(_tied_group(found)))
    if len(group) < 2:
        return list(found)
    top = max(group, key=lambda i: (weight.get(found[i].id, 0), -i))
    if top == 0 or weight.get(found[top].id, 0) <= weight.get(found[0].id, 0):
        return list(found)
    moved = replace(found[top], score=_just_above(best))
    return [moved, *found[:top], *found[top + 1 :]]
