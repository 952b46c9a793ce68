"""An ordinary word cut from the person title it modifies is no name.

"The Public Prosecutor, the counselor Al-Siddiq Al-Sour, ordered ...": detection keeps the
capitalised "Public" and leaves the title word "Prosecutor" out of the span, so the lone word
reaches every body whose name holds it ("Public Prosecution (Egypt)", "Public Prosecution
(Libya)") and, tied, is handed by coreference to the one the document names later. But the
word modifies the title right after it (النائب العام: the Attorney General, a person), as
"Supreme" does in "Supreme Commander": an ordinary word of the gloss lexicon (``public``,
``supreme``, ``general``), not a name of its own, written right before a title of
``normx/detect/data/titles.yaml`` with nothing between. Such a segment is dropped before
coreference, so it neither takes a body's link nor lends its words to one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.mt.lexicon import default_lexicon
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

_NEXT = re.compile(r" ([^\W\d_]+)")  # the word right after, one space between


def _ordinary(word: str) -> bool:
    """*word* (folded) is an ordinary word of the gloss lexicon, not a place or people."""
    entry = default_lexicon().entries.get((word,))
    return entry is not None and not entry.place


def title_modifiers_dropped(linker: SpanLinker, segs: list[Seg]) -> list[Seg]:
    """*segs* without the lone ordinary words written right before a person title."""
    out = [seg for seg in segs if not _before_title(linker, seg)]
    return out if len(out) != len(segs) else segs


def _before_title(linker: SpanLinker, seg: Seg) -> bool:
    """The segment is one ordinary word, capitalised only at its first letter, written right
    before a person title (see the module docstring)."""
    if seg.first != seg.last:
        return False
    token = linker.tokens[seg.first]
    after = _NEXT.match(linker.text, token.end)
    if after is None or fold(after.group(1)) not in linker.lex.titles:
        return False
    word = linker.text[token.start : token.end]
    return word[1:].islower() and _ordinary(fold(word))  # "UN Envoy": a name
