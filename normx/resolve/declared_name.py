"""A full name the gazetteers lack, declared the same person as a known name that follows it.

The reverse of :mod:`normx.resolve.appositive`: news introduces a man by his civil name and
then the name he is known by, which is the one the lists hold: "Nazih Abdul Hamid Al-Raqi,
known as "Abu Anas Al-Libi"" (the UN and Wikipedia list him as Abu Anas al-Libi). The text
says both names are one person, so the unlinked full name is that person too. Only the name
right before the cue, only when it links nothing itself and reads as a person's full name (two
name words or more, none a body, unit or facility head), and only when the name after the cue
is a person linked firmly (spelled out, or through the document's own names).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.appositive import FIRM_METHODS, cue_between
from normx.resolve.segment import Resolved, Seg

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

METHOD = "declared"  # the method of a full name linked through the name it is declared as


def _person_shaped(linker: SpanLinker, rt: Runtime, seg: Seg) -> bool:
    if seg.phrase or seg.generic:
        return False
    lex = rt.lex
    heads = lex.body_heads | lex.unit_heads | lex.facility_heads
    if any(linker.forms[t] in heads for t in range(seg.first, seg.last + 1)):
        return False
    return len(linker.name_units(seg.first, seg.last)) >= 2


def declared_full_names(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each unlinked full name that a cue declares to be the known person
    named right after it linked to that person (see the module docstring)."""
    tokens, text = linker.tokens, linker.text
    out = list(resolved)
    for k in range(len(resolved) - 1):
        seg, cand, evidence = resolved[k]
        nxt, person, _ = resolved[k + 1]
        if cand is not None or person is None or person.type != "PER":
            continue
        if person.method not in FIRM_METHODS or not _person_shaped(linker, rt, seg):
            continue
        between = text[tokens[seg.last].end : tokens[nxt.first].start]
        end = tokens[nxt.last].end
        if cue_between(between, text[end : end + 4]) != "cue":
            continue
        said = {"text": linker.surface(nxt.first, nxt.last), "start": tokens[nxt.first].start}
        linked = Candidate(
            person.id, person.name, person.type, person.score, person.matched, METHOD, {}
        )
        out[k] = (seg, linked, {**evidence, "declared_as": said, "matched": person.matched})
    return out
