"""The complement of a body's head noun is no mention of a body that shares some of its words.

Arabic names a department by a head noun and what it does: "إدارة مكافحة الجريمة", rendered "the
Department for Combating Crime"; "مكتب مكافحة الهجرة", "the Office for Combating Illegal
Migration". When no gazetteer holds the whole name, the linker cuts it and asks about the
complement alone ("Combating Crime"), which may reach, by likeness, a few words inside another
body's longer name (the Deterrence Apparatus for Combating Organized Crime and Terrorism):
the two bodies share a task, not a name. So a segment right after a capitalised body head
noun and "for"/"of", linked to an organisation by likeness to only part of its name (name
coverage below :data:`~normx.resolve.segment.WHOLE_COVERAGE`), is the unknown department's
own words, not that body.

A head that is a word of the body's own name makes, with the complement, that body's name
said short ("the Government of Accord": the Government of National Accord), and stands. A
complement that says a body's whole name stands ("Office of the United Nations High
Commissioner for Refugees"); so does a place ("Military Council of Zuwara": its seat,
:mod:`normx.resolve.of_complement`) and a person ("Government of Ali Zeidan").
"""

from __future__ import annotations

import re
from collections.abc import Collection

from normx.match.candidate import LIKENESS_METHODS, Candidate
from normx.resolve.segment import WHOLE_COVERAGE, coverage
from normx.text.latin import fold

LIKENESS = LIKENESS_METHODS
_HEAD_OF = re.compile(r"\b([A-Z][A-Za-z]+) (?:for|of) (?:the )?$")


def complement_of_head(text: str, start: int, cand: Candidate, body_heads: Collection[str]) -> bool:
    """The mention starting at ``text[start]`` follows "<Head> for" or "<Head> of (the)",
    *Head* a capitalised body head noun (*body_heads*, folded) that *cand*'s name lacks, and
    *cand* is an organisation matched by likeness to part of its name only."""
    if cand.type != "ORG" or cand.method not in LIKENESS:
        return False
    m = _HEAD_OF.search(text, max(0, start - 40), start)
    if m is None or (head := fold(m.group(1))) not in body_heads:
        return False
    if head in fold(f"{cand.matched} {cand.name}").split():
        return False  # "Government of Accord": the body's own head, its name said short
    return coverage(cand)[1] < WHOLE_COVERAGE
