"""A bare head noun the document already used for one body goes on meaning it, however far.

A report calls a body by its head noun alone early on ("the General Command of the Armed
Forces ... which the Command denied") and again pages later ("the statement of the Command"),
with nothing of that kind named in between. Coreference of a bare head
(:func:`~normx.resolve.generic.find_body`) looks for the body within two paragraphs, or, beyond,
for the one body whose English names say the noun *and* whose Arabic name a gloss of it heads
(:func:`~normx.resolve.generic._sole_body`); a gazetteer that holds the body under another
Arabic name (the army's الجيش الوطني الليبي, not its command's القيادة العامة) fails the
second test, and the later noun is dropped. The document's own earlier use is evidence enough:
when the bare noun was resolved to one organisation before (within
:data:`~normx.resolve.generic.FAR_DISTANCE`), no other organisation named before says the noun
(its English names or the document's words for it), and no other body in reach opens its
Arabic name with a gloss of the noun, the noun means that organisation again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from normx.resolve.coref import Antecedent
from normx.resolve.generic import FAR_DISTANCE, MAX_DISTANCE, starts_with_gloss
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Seg

Found = tuple[Antecedent, tuple[str, ...]]


def bare_noun_before(
    linker: SpanLinker,
    rt: Runtime,
    segs: Sequence[Seg],
    out: Sequence[tuple[Seg, Any, dict]],
    pos: int,
) -> Found | None:
    """The organisation the bare noun of ``segs[pos]`` was resolved to before, when it is the
    only one the noun can mean (see the module docstring); *out*: the resolved segments."""
    tokens, forms = linker.tokens, linker.forms
    noun = forms[segs[pos].first]
    start = tokens[segs[pos].first].start
    glosses = rt.generic_glosses(noun)
    used: dict[str, int] = {}
    for p, (seg, cand, _) in enumerate(out[:pos]):
        if seg.generic and cand is not None and cand.type == "ORG" and forms[seg.first] == noun:
            used[cand.id] = p
    if len(used) != 1:
        return None
    ((eid, p),) = used.items()
    if start - tokens[segs[p].first].start > FAR_DISTANCE:
        return None
    for seg, cand, _ in out[:pos]:
        if cand is None or cand.type != "ORG" or cand.id == eid:
            continue
        surface = linker.surface(seg.first, seg.last)
        if noun in rt.english_words(cand.id) or noun in fold(surface).split():
            return None  # another body says the noun
        near = start - tokens[seg.first].start <= MAX_DISTANCE
        if near and starts_with_gloss(rt.arabic_names(cand.id), glosses) is not None:
            return None  # another body in reach the noun's Arabic head opens
    seg, cand, _ = out[p]
    surface = linker.surface(seg.first, seg.last)
    return Antecedent(p, cand, surface, rt.name_words(cand.id)), ()
