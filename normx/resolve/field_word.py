"""A field word opening a sentence is the field, not the body the document named for it.

A body is often named for its field: the General Electricity Company, the Ministry of Energy,
the Electricity Syndicate. Coreference reads a lone word of such a name as a short name of the
body ("the Company"), and a field word takes that road too: "Electricity is heavily
subsidised, and most households pay little" (articles-v50) was the General Electricity Company
twice. A body said short keeps its article ("the Electricity" is rare enough, "the Company"
common); a field noun opening a sentence bare is the mass noun, whose capital is only the
sentence's.

So a lone word that opens its sentence, is a field of the gloss lexicon (``portfolios`` of
``normx/mt/data/gloss.yaml``: electricity, energy, health, justice...) and is linked by
coreference alone is left unlinked. A record spelled so (exactly), and the word inside a
sentence ("the Electricity said"), are not judged.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved


def field_words_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with the coreference links of a bare field word opening its sentence undone
    (see the module)."""
    tokens = linker.tokens
    out = resolved
    for k, (seg, cand, evidence) in enumerate(resolved):
        if (
            cand is None
            or seg.first != seg.last
            or "antecedent" not in evidence
            or not tokens[seg.first].sent_start
            or fold(linker.surface(seg.first, seg.last)) not in default_lexicon().portfolios
        ):
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {key: v for key, v in evidence.items() if key != "matched"})
    return out
