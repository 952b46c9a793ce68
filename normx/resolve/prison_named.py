"""A prison named after its place: "the Ain Zara prison", and "Mitiga" once the text said so.

Libyan prisons are named after the district or the base that holds them (سجن معيتيقة, the
Mitiga prison at Mitiga airbase; سجن عين زارة, the Ain Zara prison), and translation writes
the name before a lower-case "prison". Two readings follow that the gazetteer's places and
facilities get wrong:

* "<name> prison" (or "jail") is the prison, not the place it is named after: "in the Ain Zara
  prison" is no mention of the district Ain Zara. A name so followed is left unlinked (the
  prison is an unknown name) unless the linked record's own names hold the head ("Abu Salim
  Prison" in a gazetteer that has it).
* Once a text has said what kind of place "<name>" is ("the Mitiga prison", "Maitika
  prison"), a later bare "Mitiga" is that prison, not a facility of another kind that the
  bare name reaches only by its one distinctive word (Mitiga International Airport, whose
  head "airport" the text did not write there): the text introduced the name with its head,
  and repeats drop the head, as they drop a person's given name. The airport keeps the link
  in a sentence that writes its head ("the airport of the same name", "at Mitiga airport"),
  as :mod:`normx.resolve.facility_unsaid` reads a settlement noun after the name.

The second reading needs the earlier "<name> prison" to reach the same record as the bare
name (by the matcher's own answer to its words), so "Mitiga prison" does not unlink another
text's "Misrata".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.tokens import lower_word_after
from normx.match.candidate import Candidate
from normx.resolve.facility_unsaid import unsaid_heads
from normx.resolve.segment import Resolved, Seg
from normx.resolve.user_first import users_first
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

DETENTION_HEADS = frozenset({"prison", "jail", "gaol"})
_DETENTION_WRITTEN = DETENTION_HEADS | {f"{h}s" for h in DETENTION_HEADS}  # "prisons" too
_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[^\W\d_]+")
_REACHED = 0.6  # the words before "prison" come this close to the record (a spelling drift)


def _prison_after(linker: SpanLinker, seg: Seg) -> bool:
    """A lower-case detention head follows the segment ("Ain Zara prison")."""
    return lower_word_after(linker.text, linker.tokens[seg.last].end) in _DETENTION_WRITTEN


def _own_words(rt: Runtime, cand: Candidate) -> frozenset[str]:
    """The folded words of the record's English names: a record whose own name holds the
    detention head ("Abu Salim Prison") is the prison the text names, and keeps the link."""
    record = rt.normalizer.by_id.get(cand.id)
    names = record.names("en") if record is not None else (cand.name,)
    return frozenset(w for n in names for w in fold(n).replace("-", " ").split())


def _sentence_words(text: str, start: int, end: int) -> set[str]:
    """The folded words of the sentence (or line) around ``text[start:end]``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    m = _SENTENCE_END.search(text, end)
    right = m.start() if m is not None else len(text)
    return {fold(w) for w in _WORD.findall(text[left:right])}


def _reached(linker: SpanLinker, rt: Runtime, seg: Seg, cand: Candidate | None) -> set[str]:
    """The records the words before a detention head may name the prison after: the link, if
    any, and every place or facility the words come :data:`_REACHED` close to. Not the best
    alone: among 40,000 places "Maitika" first meets the village Maiteeq (0.82), and the
    airbase Mitiga (0.61), whose prison the text means, fell out of the set, so the text's
    bare "Mitiga" kept the airport (articles-v20, four wrong links). A record the words reach
    loosely matters only if the text later names it bare without its facility head."""
    out = {cand.id} if cand is not None else set()
    found = users_first(rt.match(linker.surface(seg.first, seg.last)), rt.user_standing)
    if cand is None and found and found[0].type == "PER":
        return out  # a man's name before "prison" ("Gaddafi's prison") names no place
    out.update(c.id for c in found if c.type != "PER" and c.score >= _REACHED)
    return out


def prisons_named(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with "<name> prison" and the bare repeats of a named prison unlinked (see
    the module docstring)."""
    text = linker.text
    if "prison" not in text and "jail" not in text and "gaol" not in text:
        return resolved
    prisons: set[str] = set()  # records the words before a detention head reach
    out: list[Resolved] = list(resolved)
    for k, (seg, cand, evidence) in enumerate(resolved):
        if seg.phrase or not _prison_after(linker, seg):
            continue
        prisons.update(_reached(linker, rt, seg, cand))
        if cand is None or cand.type == "PER" or DETENTION_HEADS & _own_words(rt, cand):
            continue
        out[k] = (seg, None, {**evidence, "prison_of": cand.id})
    if not prisons:
        return out
    tokens = linker.tokens
    facility_heads = {fold(h) for h in rt.lex.facility_heads}
    for k, (seg, cand, evidence) in enumerate(out):
        if cand is None or cand.id not in prisons or _prison_after(linker, seg):
            continue
        said = {fold(w) for w in _WORD.findall(linker.surface(seg.first, seg.last))}
        unsaid = unsaid_heads(cand.matched or cand.name, said, facility_heads)
        if not unsaid:
            continue
        start, end = tokens[seg.first].start, tokens[seg.last].end
        if unsaid & _sentence_words(text, start, end):
            continue  # "the airport of the same name": the facility the text speaks of
        out[k] = (seg, None, {**evidence, "prison_named": cand.id})
    return out
