"""A name the text writes with the head of an oil site named for it is that site, not the town.

Arabic names a basin, a field or a pipeline by its head and then the name: حوض غدامس, حقول
السرير ومسلة. Translation keeps that order with "of" and lower case ("the basin of Ghadamis",
"the basins of Ghadamis, Sirt and Marzuq", "the fields of Al-Sarir and Misla"), or writes the
head after the name ("the Syrte basin", "the Nafoura field"), and the detector's span holds the
name alone. The name alone is often a town's exact name (Ghadames, Sirte), so every other rule
keeps the town; the head said it is the basin. Gazetteers hold such sites under the name and
the head ("Ghadames Basin", "Sarir oil field", "Greenstream pipeline"), which the name and the
head together find, where the name alone did not.

So a segment of a short name, unlinked or linked to a place, that the text writes after a
site head and "of" (:data:`SITE_HEADS`, singular or plural; a plural head reaches each name of
a list, "the fields of X and Y", "the basins of X, Y and Z") or right before one ("X basin",
"X and Y fields"), is matched again as "<name> <Head>"; a place whose English names hold the
head, found with a score that decides on its own (:data:`MIN_SCORE`), no rival close
(:data:`MARGIN`) and every query word explained (:func:`clean_joined`), is the link, over a town's
exact name too ("line", translation's word for a pipeline, is read as "pipeline"). Only these
heads: the sets' gold has a name after "port of", "airport of" or "refinery of" mostly as the
city even where a record "Port of X" exists (h-v25fix measured twelve links lost by reading
"port of X" so), while every basin, field and pipeline so written is the site. A place with
no such record keeps its link ("the fields of the Oil Crescent").

A segment left unlinked elsewhere in the same document and spelled the same ("reducing the
production of Al-Sarir", a headline before "the fields of Al-Sarir") is that site too: only an
unlinked one, since a linked word may be the town the site is named after (articles-v5's
Jufra, :mod:`normx.resolve.headed_word`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate, clear_best
from normx.resolve.segment import Resolved, Seg, clean_joined, linked_evidence
from normx.text.latin import fold
from normx.text.resources import word_list

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

# heads of oil and gas sites, singular; a gazetteer holds each site under its name and the head
SITE_HEADS = frozenset(word_list("normx.resolve", "place_words.yaml", "site_heads"))  # data
# a head translation writes for a site head: "line" for خط (أنابيب), "the Green Stream line"
SITE_KIN = {"line": "pipeline"}
MIN_SCORE = 0.9  # the headed name's match: close, as a spelled-out name would be
MARGIN = 0.05  # no second candidate this close
MAX_UNITS = 3  # name units of a site's name without its head ("Green Stream", "Bahr Essalam")
WINDOW = 120  # characters read before a segment for "<head> of" and the list before it
_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
_AND = r"(?:,[ \t]+|[ \t]+and[ \t]+|,[ \t]+and[ \t]+)"  # between the names of a list
_LIST = rf"(?:{_NAME}{_AND})*"
# "<head>[s] of [the] [X, Y and ]" right before a segment
_BEFORE = re.compile(rf"\b([a-z]+?)(s?)[ \t]+of[ \t]+(?:the[ \t]+)?({_LIST})$")
# "[ and Y] <head>[s]" right after a segment
_AFTER = re.compile(rf"((?:{_AND}{_NAME})*)[ \t]+([a-z]+?)(s?)\b")
# a head or kin written anywhere: a window without one has no "<head> of" that _listed
# accepts, so _BEFORE (tried at every offset of the window) is not searched there
_HEAD_CUE = re.compile("|".join(sorted(SITE_HEADS | SITE_KIN.keys())))


def _site_head(text: str, start: int, end: int) -> str | None:
    """The site head the text writes before the segment with "of" or right after it (its kin
    read as the head it stands for); a list between the two only under a plural head."""
    low = max(0, start - WINDOW)
    cued = _HEAD_CUE.search(text, low, start) is not None  # one scan, no backtracking
    before = _BEFORE.search(text, low, start) if cued else None
    if before is not None and _listed(before.group(1), before.group(2), before.group(3)):
        return SITE_KIN.get(before.group(1), before.group(1))
    after = _AFTER.match(text, end)
    if after is not None and _listed(after.group(2), after.group(3), after.group(1)):
        return SITE_KIN.get(after.group(2), after.group(2))
    return None


def _listed(head: str, plural: str, others: str) -> bool:
    """*head* is a site head, and other names beside the segment come only with its plural."""
    return (head in SITE_HEADS or head in SITE_KIN) and bool(plural or not others)


def _open(seg: Seg, cand: Candidate | None, linker: SpanLinker) -> bool:
    """A segment this rule may link: a short name (:data:`MAX_UNITS`), no phrase, unlinked or
    linked to a place."""
    if seg.phrase or seg.generic or (cand is not None and cand.type != "LOC"):
        return False
    return 1 <= len(linker.name_units(seg.first, seg.last)) <= MAX_UNITS


def _site(rt: Runtime, surface: str, head: str) -> Candidate | None:
    """The site "<surface> <Head>" names, if a record holds it; two words of the name are
    also read joined ("Green Stream" for Greenstream) when they alone find nothing."""
    query = f"{surface} {head.capitalize()}"
    found = rt.match(query)
    if not found and " " in surface:
        found = rt.match_joined(query)
    best = clear_best(found, MIN_SCORE, MARGIN)
    if best is None or best.type != "LOC" or not clean_joined(best):
        return None
    return best if head in rt.english_words(best.id) else None


def sites_of(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each name written with a site head linked to that site, and the same
    spelling left unlinked elsewhere in the document with it (see the module)."""
    text = linker.text
    if _HEAD_CUE.search(text) is None:
        # no site head or kin anywhere (half the documents): no window before or after a
        # segment can write one, so _site_head answers None throughout (tests/resolve/
        # test_document_cues.py)
        return list(resolved)
    out: list[Resolved] = []
    found: dict[str, Candidate] = {}
    for seg, cand, evidence in resolved:
        if _open(seg, cand, linker):
            start, end = linker.tokens[seg.first].start, linker.tokens[seg.last].end
            head = _site_head(text, start, end)
            if head is not None:
                surface = linker.surface(seg.first, seg.last)
                best = _site(rt, surface, head)
                if best is not None and (cand is None or best.id != cand.id):
                    cand = best
                    evidence = linked_evidence(evidence, {"site_of": head, "matched": best.matched})
                if best is not None:
                    found.setdefault(fold(surface), best)
        out.append((seg, cand, evidence))
    if not found:
        return out
    return [_same_spelling(linker, found, item) for item in out]


def _same_spelling(linker: SpanLinker, found: dict[str, Candidate], item: Resolved) -> Resolved:
    """An unlinked segment spelled like a name the document wrote with a site head: that site."""
    seg, cand, evidence = item
    if cand is not None or seg.phrase or seg.generic:
        return item
    best = found.get(fold(linker.surface(seg.first, seg.last)))
    if best is None:
        return item
    return (
        seg,
        best,
        linked_evidence(evidence, {"site_of": "same spelling", "matched": best.matched}),
    )
