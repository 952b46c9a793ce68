"""A lone word that several persons of the gazetteer are named by is no place by its likeness.

:mod:`normx.resolve.common_name_word` keeps a one-word mention from a place it spells when
the word is a name word of many persons (a large gazetteer's evidence: Ahmed, Eid). A place
reached only by likeness (``phonetic`` or ``fuzzy``: "Ibrahim" ~ "Al Barahimah", one key
BRHM) is weaker evidence still, and the word written as it stands is a name that persons of
the gazetteer itself hold: a man named by his given name alone ("a smuggler who gave his name
only as Ibrahim") is what the text more likely says, and a look-alike place's name is another
word. So a one-word mention linked to a place by likeness alone, whose word as written is a
name word of at least :data:`LOOSE_PERSONS` person records, is left unlinked. A place the
text spells as the gazetteer does (exact or normalised) is untouched: that is the other rule's
case and needs its many persons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import LATIN_LIKENESS_METHODS
from normx.resolve.segment import Resolved

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

LOOSE_PERSONS = 2  # person records holding the word as written: a name, not a chance spelling


def given_names_unplaced(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each one-word place link by likeness, whose word persons of the
    gazetteer are named by, unlinked (see the module docstring)."""
    out = resolved
    for k, (seg, cand, _) in enumerate(resolved):
        if cand is None or cand.type != "LOC" or cand.method not in LATIN_LIKENESS_METHODS:
            continue
        said = linker.core_words(seg.first, seg.last)
        if len(said) != 1 or rt.person_word_count(said[0].form) < LOOSE_PERSONS:
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {})
    return out
