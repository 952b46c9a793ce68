"""A place name after a capitalised compass word is a longer name, not the bare place.

"the stations of Al-Khums and Western Tripoli": inside a sentence, "Western" capitalised
before a place says the two words are one name (غرب طرابلس, the power station; "Eastern
Ghouta", "Southern Sudan"), not the place with a direction said of it, which English writes
in lower case ("in western Tripoli", "eastern Libya"). The detector takes the compass word for
an adjective (it is one in "Western powers"), so the place alone reaches the linker, and its
exact match would name the town for what the text calls another thing. So a place link right
after a capitalised compass word that does not open its sentence is undone: the name is one
the gazetteer lacks under that form. Lower-case compass words, and a compass word opening a
sentence (where any word has a capital), leave the link alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Resolved

# Source: hand-written, the English compass adjectives.
COMPASS = frozenset({"western", "eastern", "northern", "southern"})


def compass_places_unlinked(linker: SpanLinker, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each place link right after a capitalised compass word undone (see the
    module)."""
    out: list[Resolved] | None = None
    tokens = linker.tokens
    for k, (seg, cand, _evidence) in enumerate(resolved):
        if cand is None or cand.type != "LOC" or seg.first == 0:
            continue
        own, before = tokens[seg.first], tokens[seg.first - 1]
        if own.sent_start or linker.text[before.end : own.start] not in (" ", "\t"):
            continue  # the compass word right before the name, a blank between
        if not before.cap or before.sent_start or before.form not in COMPASS:
            continue
        if out is None:
            out = list(resolved)
        out[k] = (seg, None, {"compass": before.form})
    return resolved if out is None else out
