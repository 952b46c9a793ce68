"""A place's name spelled as the article-led word of an unknown name is no mention of it.

Arabic names run words together with the article: a person's family name or nisba
("Abdelmajid Seif al-Nasr", "Al-Mahdi Al-Barghathi"), a body's construct ("Subul Al-Salam", the
Paths of Peace). The linker cuts a capitalised run it cannot link whole into pieces, and a
large gazetteer holds a village for most such words (Nasr, Salam, Mahdi), so the piece links
and the unknown name is cut in two. A reader reads the run as one name: an article-led word
("al-X") that only a village's name spells, written in the same run right after or right
before other capitalised name words that link to nothing, is a word of that unknown name.
A place written apart from an unknown word by a comma, a line or a preposition is not judged
so, nor a place whose neighbour links ("Brak Al-Shati": Brak is a place, and the region
after it is :func:`~normx.resolve.pipeline._place_with_region`'s).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from normx.detect.units import ARTICLE
from normx.match.candidate import Candidate

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.segment import Seg


def name_tail_place(
    linker: SpanLinker, segs: Sequence[Seg], pos: int, cand: Candidate, before_linked: bool
) -> bool:
    """Segment *pos*, linked to the place *cand*, is one article-led word written in one run
    with an unlinked name beside it (see the module docstring); *before_linked* says whether
    the segment before it ended linked (its final link: "Subul" lost its look-alike)."""
    if cand.type != "LOC":
        return False
    seg = segs[pos]
    if len(linker.name_units(seg.first, seg.last)) != 1:
        return False
    if linker.units[linker.unit_index[seg.first]].kind != ARTICLE:
        return False
    before = segs[pos - 1] if pos > 0 else None
    after = segs[pos + 1] if pos + 1 < len(segs) else None
    return (
        before is not None and not before_linked and _unknown_beside(linker, before, seg.first)
    ) or (after is not None and _unknown_beside(linker, after, after.first, own=seg.last))


def _unknown_beside(linker: SpanLinker, other: Seg, joined_at: int, own: int | None = None) -> bool:
    """*other* links to nothing, is made of capitalised words, and touches the place's word:
    it ends right before token *joined_at* (the place's first), or, with *own* (the place's
    last token), starts right after it; the later of the two tokens is joined to the earlier
    by blanks or a hyphen only (the same run)."""
    if other.phrase or other.generic or other.ambiguous:
        return False
    if own is not None and other.cand is not None:
        return False
    if own is None and other.last + 1 != joined_at:
        return False
    if own is not None and own + 1 != other.first:
        return False
    tok = linker.tokens[joined_at]
    if not tok.joined or tok.sent_start:
        return False
    return all(_capitalised(linker, t, other.last) for t in range(other.first, other.last + 1))


def _capitalised(linker: SpanLinker, t: int, last: int) -> bool:
    """Token *t* is capitalised, or is a lower-case article hyphened to the capitalised word
    after it ("al-Bahriya" of "Al-Jiza al-Bahriya"): MT writes a name's inner articles in
    lower case, and the word is as much a name word as "Al-Bahriya"."""
    tokens = linker.tokens
    if tokens[t].cap:
        return True
    return (
        t < last
        and tokens[t + 1].hyphen_before
        and tokens[t + 1].cap
        and linker.units[linker.unit_index[t]].kind == ARTICLE
    )
