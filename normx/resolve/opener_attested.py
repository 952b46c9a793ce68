"""A sentence's first word that the document also writes as a name inside a sentence.

A bare word opening a sentence that only resembles a place's name is taken for an English
word whose capital says nothing (``_capital_says_nothing`` of
:mod:`normx.resolve.references`), unless the document names that place firmly elsewhere. A
translated headline opens with a place written as the Arabic is read ("Athina asks Benghazi
...", أثينا for Athens), which a likeness reaches, and so does the same spelling inside a later
sentence ("said that Athina will establish a centre"). There the capital is the name's own:
the word stands mid-sentence, capitalised, and links to the same place. The opener is that
word again, not a chance resemblance.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def written_inside(linker: SpanLinker, segs: Sequence[Seg], pos: int, record_id: str) -> bool:
    """Another one-word segment with the same word as segment *pos*, not opening its sentence,
    links to *record_id*."""
    seg = segs[pos]
    form = linker.tokens[seg.first].form
    tokens = linker.tokens
    for k, other in enumerate(segs):
        if k == pos or other.first != other.last or other.cand is None:
            continue
        tok = tokens[other.first]
        if tok.form == form and not tok.sent_start and tok.cap and other.cand.id == record_id:
            return True
    return False
