"""A lone word the document writes with a head of a name is that named thing, not a look-alike.

"the air base of Al-Wattia", "the airport of Maitika", "the operation "Irini"", "the Saeqa
forces": translation writes a facility's or a body's head in lower case beside the name
proper, and the detector's span holds the name word alone. Against a small gazetteer the word
still reaches the facility, by one word of its name ("Al-Wattia" ~ Al-Watiya Air Base, 0.78);
against tens of thousands of places it first meets a village spelled nearly alike ("Al Watya",
0.96), and the look-alike wins on the word alone. The text said which of the two it means: the
head is a word of the facility's name and of no village's. With the head the words make the
facility's whole name ("Al-Wattia Base" ~ Al-Watiya Air Base, 0.96), which the word alone could
not.

So a segment of one name unit, unlinked or linked only by likeness (phonetic, fuzzy,
cross-script), that the text writes beside a lower-case head word is matched again with the
head: a head noun of bodies or facilities (``heads.yaml``: base, airport, forces ...) before
it with "of" ("the base of X": matched as "X Base") or right after it ("X base"), or any word
but a particle, preposition or title right before it, a quotation mark between allowed
("operation "X"": "Operation X", a name that must open with that word). Any word after a name
is not read so ("Human rights groups" is no mention of Human Rights Watch), nor a capital a
sentence gives its first word. A place or body whose English names hold the head, found so
with a score that decides on its own (:data:`MIN_SCORE`), no rival close (:data:`MARGIN`),
every query word explained (:func:`is_clean`), at least the score the present link has on the
word alone, and pairing the text's word more closely with a word of its name than the present
link does, is the segment's link. The last keeps a place the text merely writes beside a head
of a facility named after it: "the airport of Sebha" is the city to the writer of
articles-v19, and "Sebha" is no closer to "Sabha Airport" than to "Sabha"; "the air base of
Al-Wattia" pairs "Wattia" with the base's "Watiya" by sound (1.0), the village's "Watya" only
by likeness (0.97).

A link by spelling (exact, normalised), gloss or coreference stands; persons are not judged
so ("the minister Ali" is a title, not a head). Only the segment the head is written beside:
the same word alone elsewhere in the document may name the place the facility is named after
("Wagner was deployed at Jufra", gold the town, in a text that speaks of "the Jufra air base"
too), so the head's reading is not carried over to it (tried: articles-v5 lost a right link).
:mod:`normx.resolve.head_before` reads a head right before an unlinked or look-alike segment
without quotes between, :mod:`normx.resolve.facility_of` "the base of X" for an unlinked one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate, clear_best
from normx.resolve.facility_of import name_goes_on
from normx.resolve.segment import Resolved, Seg, is_clean, linked_evidence
from normx.text.generic import compound_parts
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MIN_SCORE = 0.9  # the headed name's match: close, as a spelled-out name would be
MARGIN = 0.05  # no second candidate this close
MIN_HEAD = 4  # letters of a head noun ("base", "operation"); shorter words are particles
WINDOW = 40  # characters read before a segment for its head
# "<head> of [the] ["]" or "<head> ["]" right before a segment; "["] <head>" right after it
_BEFORE = re.compile(r"\b([a-z]+)[ \t]+(of[ \t]+(?:the[ \t]+)?)?[\"“«]?$")
_AFTER = re.compile(r"[\"”»]?[ \t]+([a-z]+)\b")


def _head_queries(linker: SpanLinker, rt: Runtime, seg: Seg) -> list[tuple[str, str, bool]]:
    """(head, query, opens) for each lower-case head word written beside the segment: the
    query is the segment's words and the head in the order a gazetteer's English name has
    them; *opens*: the name must open with the head ("Operation X"), else hold it anywhere."""
    text = linker.text
    lex = rt.lex
    heads = lex.body_heads | lex.unit_heads
    start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
    surface = linker.surface(seg.first, seg.last)
    out = []
    before = _BEFORE.search(text, max(0, start - WINDOW), start)
    if before is not None:
        head = before.group(1)
        if before.group(2) and head in heads and not name_goes_on(text, end):
            # "the base of X", "the forces of X"; not "the stadium of X of February"
            out.append((head, f"{surface} {head.capitalize()}", False))
        elif not before.group(2) and _any_head(head, rt):  # "operation X" (head_before)
            out.append((head, f"{head.capitalize()} {surface}", True))
    after = _AFTER.match(text, end)
    if after is not None and after.group(1) in heads:  # "X base", "X forces"
        out.append((after.group(1), f"{surface} {after.group(1).capitalize()}", False))
    return out


def _any_head(word: str, rt: Runtime) -> bool:
    """A lower-case word that may open a body's name ("operation"), as
    :mod:`normx.resolve.head_before` reads it: no particle, preposition or title."""
    lex = rt.lex
    return (
        len(word) >= MIN_HEAD
        and word not in lex.connectors
        and word not in lex.locative
        and word not in lex.titles
    )


def _named_with(rt: Runtime, cand: Candidate, head: str, opens: bool) -> bool:
    """The entity's English name opens with the head (*opens*), or its English names hold it,
    glued or apart ("airbase": Air Base)."""
    if opens:
        words = fold(cand.matched).split()
        return bool(words) and words[0] == head
    words = rt.english_words(cand.id)
    return head in words or all(part in words for part in compound_parts(head))


def _headed(
    rt: Runtime, head: str, query: str, opens: bool, cand: Candidate | None
) -> Candidate | None:
    """The place or body *query* (the word with its head) names, when it beats *cand*."""
    best = clear_best(rt.match(query), MIN_SCORE, MARGIN)
    if best is None or best.type == "PER" or not is_clean(best):
        return None
    if not _named_with(rt, best, head, opens):
        return None
    if cand is not None and (
        best.id == cand.id
        or best.score < cand.score
        or _word_likeness(best, head) <= _word_likeness(cand, head)
    ):
        return None
    return best


def _word_likeness(cand: Candidate, head: str) -> float:
    """How closely the match pairs the text's word with a word of the name (the head's own
    pair aside): 1.0 for a match spelled out (exact, gloss: no pairs to read)."""
    pairs = cand.explain.get("pairs")
    if not pairs:
        return 1.0
    sims = [float(p.get("sim", 0.0)) for p in pairs if p.get("query") != head]
    return max(sims, default=0.0)


def _open(seg: Seg, cand: Candidate | None, linker: SpanLinker) -> bool:
    """A segment this rule may link: one name unit, no phrase or title context, unlinked or
    linked only by likeness."""
    if seg.phrase or seg.generic or seg.context:
        return False
    if cand is not None and (cand.type == "PER" or cand.method not in LIKENESS_METHODS):
        return False
    if cand is None and seg.first == seg.last and linker.tokens[seg.first].sent_start:
        return False  # a capital any sentence gives its first word ("Human rights groups")
    return len(linker.name_units(seg.first, seg.last)) == 1


def headed_words(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone word the document writes beside a head of a name linked to
    that name (see the module)."""
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if _open(seg, cand, linker):
            for head, query, opens in _head_queries(linker, rt, seg):
                best = _headed(rt, head, query, opens, cand)
                if best is not None:
                    extra = {"headed_word": head, "matched": best.matched}
                    cand, evidence = best, linked_evidence(evidence, extra)
                    break
        out.append((seg, cand, evidence))
    return out
