"""A bare definite head ("the Council") that no other rule linked: the one body named with it.

Arabic news names a body in full once and then by its head noun alone (المجلس, "the
Council"); :mod:`normx.resolve.generic` links the noun to the body just named whose Arabic
name that noun glosses, and leaves it unlinked when two bodies in reach open with the same
Arabic head (the Presidential Council, المجلس الرئاسي, and the House of Representatives, مجلس
النواب) or when the body was named farther back than it reaches. The English text still tells
them apart: only one of them was *written* with the noun. So a generic noun left unlinked is
the body the document named in full (two words or more) with that very noun among its words
("Presidential Council", "Conseil présidentiel"), when the document, before the noun and within
:data:`~normx.resolve.generic.FAR_DISTANCE`, named exactly one such body. Two bodies written
with the noun ("the Presidential Council", "the Council of Representatives"), or one such name
the resolver left unlinked (an unknown body: the noun may be that one), leave it unlinked: the
text is ambiguous, and a wrong link costs more than a missed one (over the open sets' gold,
the sole body so named was the gold's in 507 generic-head mentions of 522, the most recent of
several in 87 of 146).

The head nouns and their spellings are data (``data/sole_heads.yaml``). Session 34
(h-resolve).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any

from normx.match.candidate import Candidate
from normx.resolve.generic import FAR_DISTANCE
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


@cache
def head_spellings() -> dict[str, frozenset[str]]:
    """Folded head noun -> every spelling of that head (``data/sole_heads.yaml``)."""
    out: dict[str, frozenset[str]] = {}
    for entry in package_data("normx.resolve", "sole_heads.yaml"):
        forms = frozenset(fold(str(w)) for w in entry)
        for form in forms:
            out[form] = forms
    return out


def sole_head_body(
    linker: SpanLinker,
    out: Sequence[tuple[Seg, Any, dict]],
    seg: Seg,
) -> tuple[Candidate, Seg] | None:
    """The one organisation named in full, before generic noun segment *seg*, with the noun
    among its words, and the segment that named it last (see the module docstring); None when
    none or several, or when an unlinked name holds the noun. *out* holds the segments
    resolved so far, in order, with their candidates."""
    spellings = head_spellings().get(linker.forms[seg.first])
    if spellings is None:
        return None
    start = linker.tokens[seg.first].start
    found: dict[str, tuple[Candidate, Seg]] = {}
    for before, cand, _ in out:
        if before.generic or before.phrase or before.last >= seg.first:
            continue
        if start - linker.tokens[before.first].start > FAR_DISTANCE:
            continue
        words = linker.forms[before.first : before.last + 1]
        if len(words) < 2 or not spellings.intersection(words):
            continue
        if cand is None:
            return None  # an unknown body written with the noun: it may be meant
        if cand.type != "ORG":
            continue
        found[cand.id] = (cand, before)
    if len(found) != 1:
        return None
    return next(iter(found.values()))
