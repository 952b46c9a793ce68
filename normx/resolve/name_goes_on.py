"""A name cut short before "of" and a word that its antecedent's name does not hold.

The detector ends a span before a word it reads as a date ("the stadium of Martyrs of
February": February is a month), so the span holds "Martyrs" alone, and coreference takes it
for the "Martyrs of Benina" the document named before. The text goes on to say which martyrs:
"of February" is a word of the name, and the antecedent's names hold no such word ("Martyrs of
Benina Stadium"). So a segment linked by coreference that the text continues with "of" and a
capitalised word its entity's English names lack is left unlinked: a name the gazetteer does
not hold, not the one named before. A word that opens a name linked on its own says whose
("the Alliance of Mahmoud Jibril", articles-v9) and cuts nothing. Session 23 (h-v39fix23).
"""

from __future__ import annotations

import re
from collections.abc import Container
from typing import TYPE_CHECKING

from normx.text.normalize import analyse_name, core_tokens

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved

_OF_WORD = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][^\W\d_]+)")


def word_after_of(text: str, end: int, named: Container[int] = ()) -> str | None:
    """The capitalised word after "of" (and "the") right after offset *end*, as the matcher
    writes a name's word; None when the text does not go on so, or when that word opens a
    name linked on its own (*named*, the offsets of linked names: "the Alliance of Mahmoud
    Jibril" says whose alliance, not a longer name)."""
    found = _OF_WORD.match(text, end)
    if found is None or found.start(1) in named:
        return None
    words = core_tokens(analyse_name(found.group(1)))
    return words[0].form if words else None


def cut_corefs_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each coreference link of a name the text continues with "of" and a word
    the antecedent's names lack dropped (see the module docstring)."""
    named = {linker.tokens[seg.first].start for seg, cand, _ in resolved if cand is not None}
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is not None and "antecedent" in evidence:
            word = word_after_of(linker.text, linker.tokens[seg.last].end, named)
            if word is not None and word not in rt.english_words(cand.id):
                cand = None
                evidence = {k: v for k, v in evidence.items() if k not in ("antecedent", "matched")}
        out.append((seg, cand, evidence))
    return out
