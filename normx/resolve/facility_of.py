"""A name after "the base of": the facility, its head written before it in the Arabic order.

Arabic names a facility by its head and then the place: قاعدة تمنهنت, مطار معيتيقة. Translation
keeps that order with "of" ("moved from the base of Tamanhint", "the airport of Mitiga"),
while gazetteers hold the facility with the head after the name ("Tamanhint Air Base", "Mitiga
International Airport"), and the bare name is a loose likeness of that longer name at best.
The text said which facility it means; the words only need to be put back in the English
order. :mod:`normx.resolve.unit_of` does the same for administrative units ("the governorate
of Kafr Al-Sheikh"); the pipeline's ``_facility`` for a lower-case head written after the name
("Tamanhint base").

So an unlinked name of one unit right after a lower-case facility head (``facility`` of
``heads.yaml``: base, airport, port ...) and "of" ("the base of X") is matched again as "<name>
<Head>"; a place or body whose English names hold the head, found with a score that decides
(:data:`MIN_SCORE`, the matcher's threshold) and no rival close (:data:`MARGIN`), and with
every query word explained (:func:`is_clean`), is the link. Only the name is the mention: the
head stays outside it, as it was written.

A name that coreference tied to an earlier mention is read again the same way when that
antecedent's English names lack the head: after "the Martyrs of Benina Stadium", "the airport
of Benina" is the airport the head says, not the stadium whose name holds the word (the head
contradicts the antecedent; a name linked by its own words is left as it is, so "the port of
Tripoli" stays the town).

Session 23 (h-v39fix23): a name of several units ("the stadium of Cairo International", where
"International" stands apart) is read with its head too, when that gives a gazetteer name
exactly; and a name that goes on with "of" and a capitalised word ("the stadium of Martyrs of
February") is not cut short to make one ("Martyrs" + Stadium ~ Martyrs of Benina Stadium).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from normx.match.candidate import clear_best
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.segment import Resolved, is_clean, linked_evidence

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

MIN_SCORE = NO_MATCH_THRESHOLD  # the headed name's match: what links a span on its own
MARGIN = 0.05  # no second candidate this close
WHOLE = 0.99  # a name of several units read with its head: the gazetteer name exactly
_OF_NAME = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z0-9]")
_HEAD_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def head_before_of(text: str, start: int, window: int = 40) -> str | None:
    """The lower-case word written before "of" (and "the") that end right at offset *start*
    ("the airport of | Mitiga"), looked for no further back than *window* characters; None
    when the text there is no such head (:mod:`normx.resolve.street_of` reads it too)."""
    low = max(0, start - window)
    # the window's end first: a match ends in "of" or "the" and spaces or tabs ("$" may stand
    # before a final newline). Exact, and most words follow no "of" (session 34)
    end = text[low:start]
    end = end[:-1] if end.endswith("\n") else end
    spaced = end.rstrip(" \t")
    if len(spaced) == len(end):
        return None
    if spaced.endswith("the"):  # "of the", or no match (most names after "the")
        end = spaced[:-3]
        spaced = end.rstrip(" \t")
        if len(spaced) == len(end):
            return None
    if not spaced.endswith("of"):
        return None
    found = _HEAD_OF.search(text, low, start)
    return found.group(1) if found is not None else None


def headed_match(rt: Runtime, surface: str, head: str) -> Candidate | None:
    """The record "<surface> <Head>" names: the matcher's clear best for the name with its head
    after it (:data:`MIN_SCORE`, no rival within :data:`MARGIN`), every query word explained,
    and the head among its English words; None otherwise. The head said before the name
    ("the airport of Mitiga", "the Turkish group Albayrak") is how gazetteers write it after
    (:mod:`normx.resolve.classified_name` asks the same)."""
    best = clear_best(rt.match(f"{surface} {head.capitalize()}"), MIN_SCORE, MARGIN)
    if best is None or not is_clean(best) or head not in rt.english_words(best.id):
        return None
    return best


def facilities_of(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each unlinked name after "<facility head> of" linked to the facility
    the two name (see the module)."""
    out: list[Resolved] = []
    heads = rt.lex.facility_heads
    text = linker.text
    for seg, cand, evidence in resolved:
        if (cand is None or _head_unsaid(rt, text, seg, cand, evidence, linker)) and not (
            seg.phrase or seg.generic
        ):
            head = head_before_of(text, linker.tokens[seg.first].start)
            units = len(linker.name_units(seg.first, seg.last)) if head in heads else 0
            if units and not name_goes_on(text, linker.tokens[seg.last].end):
                best = headed_match(rt, linker.surface(seg.first, seg.last), head)
                if best is not None and units > 1 and best.score < WHOLE:
                    best = None  # units apart ("Cairo International") only as one whole name
                if best is not None and best.type != "PER":
                    cand = best
                    evidence = linked_evidence(
                        evidence, {"facility_of": head, "matched": best.matched}
                    )
                    evidence.pop("antecedent", None)  # the head overrode coreference
        out.append((seg, cand, evidence))
    return out


def name_goes_on(text: str, end: int) -> bool:
    """The name goes on after offset *end* with "of" and a capitalised word ("the stadium of
    Martyrs | of February"): the segment is part of a longer name, whatever record its first
    words would make with the head (session 23)."""
    return _OF_NAME.match(text, end) is not None


def _head_unsaid(
    rt: Runtime, text: str, seg: Seg, cand: Candidate, evidence: dict[str, Any], linker: SpanLinker
) -> bool:
    """*cand* came from coreference (an antecedent in *evidence*) and a facility head said
    right before the name ("the airport of") is not among its English words."""
    if "antecedent" not in evidence:
        return False
    head = head_before_of(text, linker.tokens[seg.first].start)
    if head is None or head not in rt.lex.facility_heads:
        return False
    return head not in rt.english_words(cand.id)
