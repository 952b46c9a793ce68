"""A generic head after an unknown body of its own word names that body, not one named before.

"The head of the Council of Elders of Zawiya, Hassan Al-Sharif, called on the two parties to
withdraw, and the Council said that it formed a committee" -- the elders' council is in no
gazetteer, so it is no antecedent at all, and :func:`~normx.resolve.generic.find_body` reaches
past it to the Security Council named paragraphs before. "the Chairman of the Company of the
Brega for the Oil Marketing ... announced that the Company pumped": the Brega company's name
is cut (only "Brega", the town, is linked), and "the Company" went to the electricity company
named at the top of the article. In both the text wrote the noun itself, capitalised, as the
head of a body's name between the body found and the noun, and that body is known to no
gazetteer: the noun refers to the nearest body the text named by that word, which nobody
knows, so it is left unlinked. :mod:`normx.resolve.unlinked_antecedent` covers the same case
when the unknown body's segment entered coreference with a tentative candidate; here it never
did.

The unknown body must be named in the noun's own sentence, as
:func:`~normx.resolve.generic.find_body` takes only the body named there among several: "he
demanded the Ministry of the Foreign Affairs to review the offices. ... Al-Mrabet blamed the
delay on the system of the Ministry" is the higher-education ministry the article is about
(v42), not the ministry named a sentence before.

Only the noun's own word counts (folded, as the generic segment's first token), written with a
capital letter inside a sentence (a sentence's first word is capitalised anyway), and not
inside a linked segment (a body the document names, one of the head's kind or not: a repeat
of a known body's name is that body's mention, find_body's business) nor inside another
generic segment (an earlier "the Council", resolved or not, is a repeat, not a new body).
The search runs over the tokens between the found antecedent's mention and the noun only, a
stretch the resolver already walks by segment.

Two things keep the body found. The document named it again after the unknown name ("The
Authority for the Implementation and Management of the Man-Made River Project": the name is cut
into an unknown first part and a linked second one, the river authority, after it). Or the
document already calls it by the bare noun ("the cooperation with the Court requires", the
International Criminal Court, called "the Court" before "the Court of Appeal in Rome" was
named): a short name a report has given one body goes on meaning it (h-generic26 measured both
on the open sets: v17's river authority, v13's ICC and Sabha Medical Center, all right links
the first version of this rule lost).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def unknown_body_between(
    linker: SpanLinker,
    segs: Sequence[Seg],
    out: Sequence[tuple[Any, Any, Any]],
    pos: int,
    found: tuple[Any, Any] | None,
) -> bool:
    """Whether the generic segment *segs[pos]*'s own word is written, capitalised and inside a
    sentence, as part of no linked and no generic segment between the antecedent of *found*
    (an ``(Antecedent, gloss)`` pair) and the noun: the name of a body no gazetteer holds,
    which the noun then refers to. *out* holds the resolved segments before *pos*."""
    if found is None:
        return False
    ante_pos = found[0].position
    if not 0 <= ante_pos < pos:
        return False
    tokens = linker.tokens
    noun = linker.forms[segs[pos].first]
    end = segs[pos].first
    if tokens[end].sent_start:
        return False  # the noun opens its sentence: nothing of its sentence stands before it
    # only the noun's own sentence is searched (an unknown name in an earlier one is not the
    # body the noun refers to): from the antecedent's end or the sentence's first word, so a
    # long document costs the stretch of one sentence per generic head
    begin = segs[ante_pos].last + 1
    for t in range(end - 1, begin - 1, -1):
        if tokens[t].sent_start:
            begin = t + 1
            break
    covered: set[int] = set()  # tokens of linked or generic segments in the stretch
    for p in range(pos - 1, ante_pos, -1):
        seg = segs[p]
        if seg.last < begin:
            break
        if seg.generic or (p < len(out) and out[p][1] is not None):
            covered.update(range(seg.first, seg.last + 1))
    unknown = next(
        (
            t
            for t in range(end - 1, begin - 1, -1)
            if tokens[t].cap and linker.forms[t] == noun and t not in covered
        ),
        None,
    )
    if unknown is None:
        return False  # none in the noun's own sentence
    body = found[0].cand.id
    for p in range(pos):
        cand = out[p][1] if p < len(out) else None
        if cand is None or cand.id != body:
            continue
        if segs[p].first > unknown:
            return False  # the body found is named again after it (a cut name's other part)
        if segs[p].generic and linker.forms[segs[p].first] == noun:
            return False  # the document calls the body by the noun already ("the Court")
    return True
