"""A place or body whose people the text's demonym contradicts is not the one meant.

"Libyan Arab Armed Forces" shares every word but one with the Sudanese Armed Forces; the
matcher pairs the shared words and may prefer the Sudanese body. The demonym decides: an
entity whose English names hold another people's demonym and none of those said is no link.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.segment import Seg
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker


def contradicted_by_demonym(linker: SpanLinker, seg: Seg, first: int) -> bool:
    """The demonyms said of *seg* (its context, its own words and those right before it in
    the span starting at *first*) all differ from the demonyms of its place or body's
    English names. Persons are not judged so (a Libyan may be named anywhere)."""
    cand = seg.cand
    if cand is None or cand.type == "PER":
        return False
    demonyms = linker.lex.demonyms
    forms = linker.forms
    said = {fold(w) for c in seg.context for w in c.split()} & demonyms
    said.update(f for f in forms[seg.first : seg.last + 1] if f in demonyms)
    t = seg.first - 1
    while t >= first and forms[t] in demonyms:
        said.add(forms[t])
        t -= 1
    if not said:
        return False
    words = linker.english_words(cand.id)
    return not (words & said or not words & demonyms)
