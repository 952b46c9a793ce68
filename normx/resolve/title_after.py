"""A name between two titles modifies the second: "a former Tarhouna security chief".

A lower-case person title right before a span ("deputy Jumaa Al-Gharbawi", "former Ali")
says the span is a man's name, and a place reached only by a spelling likeness is then no link
(:func:`~normx.resolve.segment.as_person`). But English stacks modifiers before a title: "a
former Tarhouna security chief", "the former Misrata militia commander" put a place between the
first word and the title it qualifies; the title the span belongs to comes *after* it, in lower
case, within :data:`MAX_WORDS_AFTER` words ("security chief", "commander"). Then the word
before is no title of the span, and the span keeps its link.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from normx.detect.tokens import fold_word

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MAX_WORDS_AFTER = 2  # "security chief", "militia commander"
_WORDS_AFTER = re.compile(
    rf"^[ \t]+((?:[a-z][a-z-]*[ \t]+){{0,{MAX_WORDS_AFTER - 1}}}[a-z][a-z-]*)\b"
)


def title_after(linker: SpanLinker, rt: Runtime, last: int) -> bool:
    """Whether a lower-case person title follows token *last* within a couple of lower-case
    words ("Tarhouna security chief")."""
    end = linker.tokens[last].end
    m = _WORDS_AFTER.match(linker.text[end : end + 60])
    if m is None:
        return False
    return any(fold_word(w) in rt.lex.titles for w in m.group(1).split())
