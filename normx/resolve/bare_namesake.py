"""A bare name between namesakes the gazetteer tells apart by a qualifier: the one Arabic
names bare.

A gazetteer tells namesakes apart by a qualifier: "Washington, D.C." and "Washington
(state)". The text's bare "Washington" matches both equally (the same word, the rest of each
name unexplained), and the linker, rightly, calls no winner. English gives no principled
tie-break: a comma or a bracket is the gazetteer's typography, not a ranking. The Arabic
names do give one, and normx reads text translated from Arabic: the capital is واشنطن, the
state ولاية واشنطن ("state of Washington"). When exactly one of the close candidates has an
Arabic name of one word, and every other candidate's Arabic names all hold that same word with
more words around it, Arabic itself names the first one bare and the others only qualified, so
a bare name in a translation is the first one's.

The test is strict on purpose: every close candidate must spell the text's word in its English
names, and every other one must have Arabic names, each a qualified form of the bare one's;
a candidate without an Arabic name, or one whose Arabic name is another word, leaves the
name unlinked as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.lone_ties import settle_lone_ties
from normx.resolve.segment import Resolved

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def bare_one(rt: Runtime, form: str, close: tuple[Candidate, ...]) -> Candidate | None:
    """The one of the close candidates *close* for the folded word *form* that Arabic names
    bare while naming the others only with more words (see the module docstring), or None."""
    if len(close) < 2 or len({c.id for c in close}) != len(close):
        return None
    for c in close:
        if form not in rt.english_words(c.id):
            return None  # a candidate that does not spell the word: no namesake
    bare = [
        (c, names[0][0])
        for c in close
        if len(names := rt.arabic_names(c.id)) == 1 and len(names[0]) == 1
    ]
    if len(bare) != 1:
        return None
    winner, word = bare[0]
    for c in close:
        if c.id == winner.id:
            continue
        names = rt.arabic_names(c.id)
        if not names or not all(len(n) > 1 and word in n for n in names):
            return None
    return winner


def bare_namesakes(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone word left unlinked between qualified namesakes linked to the
    one Arabic names bare (:func:`bare_one`)."""
    return settle_lone_ties(
        linker, resolved, lambda unit, tied: bare_one(rt, unit.forms[0], tied), "bare_namesake_of"
    )
