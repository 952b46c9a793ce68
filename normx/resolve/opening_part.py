"""A sentence's first word that is one word of a long name, and nothing more, names nothing.

"Aid groups say the psychological toll is only beginning to show": the capital of "Aid" is the
sentence's, and the word is one of six of the King Salman Humanitarian Aid and Relief Centre.
The likeness rules let a lone word that spells a word of a name stand ("Emirates", "Williams"):
inside a sentence its capital says it is a name. At the start of a sentence the capital says
nothing (:mod:`normx.resolve.english_word`, :func:`~normx.resolve.references.
_capital_says_nothing`), and a common word there spells a word of some body's long name as
often as not ("Aid", "Relief", "Development", "Support"). The bare-word rules judge only a word
that is a whole name by likeness; this one judges a word that is a small part of one.

So a lone word opening a sentence, linked by likeness (not a name or alias spelled out) to a
place or body of whose name it says no more than a third (one word of three or more), that
the document links nowhere else, is no link, unless the next word is a word of that name too
(the name goes on in lower case: "Médecins sans frontières (MSF)", which the acronym rules
extend). Persons keep their own rules (a surname opens
sentences: "Erdogan said").

A period that closes an initial ("The U.S. Treasury", "the U.N. Security Council") ends no
sentence, though the tokenizer reads a sentence start after it: the word's capital is the
name's, and the word is judged as any word inside a sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.segment import coverage
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg

MAX_SAID = 1 / 3  # the share of the name's words one opening word may say and link nothing
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")
_AFTER_INITIAL = re.compile(r"(?<![^\W\d_])(?:[A-Z]\.)+[ \t]+$")  # "U.S. " before the word
_LOOK_BACK = 40  # characters read back for the initials


def opening_part(
    linker: SpanLinker, seg: Seg, cand: Candidate | None, forms: list[str], linked: Counter[str]
) -> bool:
    """*cand*, linked from the one word *forms* opening a sentence, is a place or body of whose
    name the word is a small part, linked nowhere else in the document (*linked*: how many
    segments link each entity)."""
    if cand is None or cand.type == "PER" or len(forms) != 1 or seg.first != seg.last:
        return False
    tok = linker.tokens[seg.first]
    if cand.method not in LIKENESS_METHODS or not tok.sent_start:
        return False
    if _AFTER_INITIAL.search(linker.text, max(0, tok.start - _LOOK_BACK), tok.start):
        return False  # "The U.S. Treasury": an initial's period, no sentence end
    if linked[cand.id] > 1:
        return False
    _, name_cov = coverage(cand)
    if name_cov > MAX_SAID + 1e-9:
        return False
    after = _NEXT_WORD.match(linker.text, linker.tokens[seg.last].end)
    named = set(fold(f"{cand.name} {cand.matched}").replace("-", " ").split())
    return after is None or fold(after.group(1)) not in named  # "Médecins sans frontières"
