"""The antecedents a generic noun reads, as coreference settled them: "which the Guard denied".

Coreference collects its antecedents before it resolves anything (:mod:`normx.resolve.coref`):
each segment the linker linked firmly, with the entity the linker gave it. Two things change
by the time a generic noun is read (:mod:`normx.resolve.generic`), and the segments before it
are all resolved by then:

* coreference may give a segment another entity: "the Coast Guard", which the frame read as
  the Libyan one, is the Hellenic Coast Guard the document named just before ("the Greek
  Coast Guard"), and "which the Guard denied" after it means the Hellenic one too;
* a body linked by a part of its name is no antecedent of a partial name (a tentative link),
  but it was named: "the Naval Forces" (القوات البحرية, the frame's الليبية unsaid) is the
  Libyan Navy, and "condolences ... to the Navy" two sentences on means it.

So the generic noun reads the antecedents before it with each segment's entity as resolved,
and the organisations linked before it that the list lacks.

The readers (:func:`~normx.resolve.generic.find_body`) look only at the antecedents before the
noun, so :class:`Settled` hands those alone, extended as the document is resolved: building the
whole list again at every generic noun cost a long document (issue 4) its square.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from normx.resolve.coref import Antecedent

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg


class Settled:
    """:func:`settled`'s antecedents before each position, for positions asked in increasing
    order while *out* grows (the loop of :func:`~normx.resolve.references.resolve_references`):
    each resolved segment is read once. :meth:`before` hands a list it extends later: read it
    before the next call, do not modify it."""

    def __init__(
        self,
        antecedents: Sequence[Antecedent],
        out: Sequence[tuple[Any, Any, Any]],
        linker: SpanLinker,
        rt: Runtime,
        segs: Sequence[Seg],
    ) -> None:
        self._at = {a.position: a for a in antecedents}
        self._out, self._linker, self._rt, self._segs = out, linker, rt, segs
        self._done = 0
        self._list: list[Antecedent] = []

    def before(self, pos: int) -> list[Antecedent]:
        """:func:`settled` (*pos*) without the antecedents at or after *pos*."""
        if pos < self._done or pos != len(self._out):
            raise ValueError("ask at each position as it is resolved, in order")
        out, at, add = self._out, self._at, self._list.append
        for p in range(self._done, pos):
            final = out[p][1]
            a = at.get(p)
            if a is not None:
                if final is not None and final.id != a.cand.id:
                    a = Antecedent(a.position, final, a.surface, a.words, a.surface_words)
                add(a)
            elif final is not None and final.type == "ORG":
                seg = self._segs[p]
                surface = self._linker.surface(seg.first, seg.last)
                add(Antecedent(p, final, surface, self._rt.name_words(final.id)))
        self._done = pos
        return self._list


def settled(
    antecedents: Sequence[Antecedent],
    out: Sequence[tuple[Any, Any, Any]],
    pos: int,
    linker: SpanLinker,
    rt: Runtime,
    segs: Sequence[Seg],
) -> list[Antecedent]:
    """*antecedents* with each one before position *pos* carrying the entity *out* (the
    resolved segments so far, by position) gave its segment, when that is another entity,
    and an antecedent for each organisation *out* linked that they lack."""
    result: list[Antecedent] = []
    have: set[int] = set()
    for a in antecedents:
        if a.position < pos and a.position < len(out):
            final = out[a.position][1]
            if final is not None and final.id != a.cand.id:
                a = Antecedent(a.position, final, a.surface, a.words, a.surface_words)
        have.add(a.position)
        result.append(a)
    extra = [
        Antecedent(p, cand, linker.surface(segs[p].first, segs[p].last), rt.name_words(cand.id))
        for p, (_, cand, _) in enumerate(out[:pos])
        if p not in have and cand is not None and cand.type == "ORG"
    ]
    if extra:
        result = sorted([*result, *extra], key=lambda a: a.position)
    return result
