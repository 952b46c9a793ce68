"""A one-word brand written as two words: "Egypt Air" for EgyptAir.

Companies write their names run together (EgyptAir, Tunisair, Nouvelair, Flydubai), and a
translation from Arabic (مصر للطيران, "Egypt for flying") or a writer who spells the words out
puts the space back: "the Egypt Air company". The matcher pairs words by their letters, so
"Egypt Air" meets no name at all (the joining pass of :mod:`normx.resolve.joined_place` is
asked only when the first pass found nothing, and a stray gloss reading of "Air" answers it),
and the first word alone links to the country: "the Egypt Air are the only big companies"
reads as Egypt and an unknown "Air".

The spelling says it all once the space is taken out: so two capitalised words written with
one space between them, as an unlinked name of two units, or as a place or body linked by its
own spelling followed right away by an unlinked capitalised word, are one mention when the two
run together spell a body's name (the matcher's exact or normalised answer, one record, never
a person or a place: a place's run-together spelling is :mod:`normx.resolve.joined_place`'s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.segment import Resolved, Seg, linked_evidence

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

SPELLED = frozenset({"exact", "normalized", "normalised"})  # the matcher's spelled answers


def _run_together(linker: SpanLinker, rt: Runtime, first: int, last: int) -> Candidate | None:
    """The one body tokens *first* and *last* (two capitalised words, one space apart) spell
    when written without the space; None otherwise."""
    tokens = linker.tokens
    if last != first + 1:
        return None
    a, b = tokens[first], tokens[last]
    if not (a.cap and b.cap) or linker.text[a.end : b.start] != " ":
        return None
    word = linker.text[a.start : a.end] + linker.text[b.start : b.end]
    if not word.isalpha():
        return None
    found = {c.id: c for c in rt.match(word) if c.method in SPELLED}
    if len(found) != 1:
        return None
    cand = next(iter(found.values()))
    return cand if cand.type == "ORG" else None


def spaced_compounds(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each two-word spelling of a run-together body name made one mention
    linked to it (see the module)."""
    out: list[Resolved] = []
    k = 0
    while k < len(resolved):
        seg, cand, evidence = resolved[k]
        if seg.phrase or seg.generic:
            out.append(resolved[k])
            k += 1
            continue
        if cand is None:
            found = _run_together(linker, rt, seg.first, seg.last)
            if found is not None:
                ev = linked_evidence(evidence, {"spaced_compound": True, "matched": found.matched})
                out.append((Seg(seg.first, seg.last, found, False), found, ev))
                k += 1
                continue
        elif seg.first == seg.last and cand.method in SPELLED and k + 1 < len(resolved):
            nxt, ncand, _ = resolved[k + 1]
            if ncand is None and nxt.first == nxt.last == seg.last + 1 and not nxt.phrase:
                found = _run_together(linker, rt, seg.first, nxt.last)
                if found is not None:
                    ev = {"spaced_compound": True, "matched": found.matched}
                    out.append((Seg(seg.first, nxt.last, found, False), found, ev))
                    k += 2
                    continue
        out.append(resolved[k])
        k += 1
    return out
