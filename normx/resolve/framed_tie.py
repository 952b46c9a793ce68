"""A tie between the frame's own body and foreign bodies of the same kind: the frame's.

Every state has a prosecution service, and a gazetteer may hold Egypt's under "Public
Prosecution (Egypt)" (النيابة العامة (مصر)) beside Libya's under "Office of the Attorney
General (Libya)" (مكتب النائب العام). "The Prosecution" of a Libyan text glosses to both (النيابة,
headed by النائب العام) at nearly one score, and the linker leaves the word a tie.
:mod:`normx.resolve.foreign_frame` gives a *link* to a foreign body the document never
frames to the frame's body the gloss reaches; a *tie* met the same reading nowhere, so the
word stayed unlinked though the text's own country is plain. The reading is the same: a
Libyan writer names a foreign body with its country ("the Egyptian Public Prosecution") and
leaves bare only his own country's. So a segment left tied, every candidate a body, exactly
one of them marked with no foreign country and reached through the gloss lexicon (the words
render its Arabic name) and every other one marked as a country's the span and the few words
before it do not name, and whose country the document is not about
(:func:`~normx.resolve.foreign_frame.framed_by`), takes the frame's body. Runs beside
:func:`~normx.resolve.foreign_frame.framed_segs`, before coreference, so "the Prosecution"
repeated later finds it as the antecedent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.foreign_frame import GLOSS, country_of, framed_by, said_near
from normx.resolve.segment import Seg, relinked

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def framed_ties(linker: SpanLinker, rt: Runtime, segs: list[Seg]) -> list[Seg]:
    """*segs* with each tie between the frame's one body and unframed foreign bodies linked
    to the frame's body (see the module docstring)."""
    out = segs
    for k, seg in enumerate(segs):
        if seg.cand is not None or len(seg.ambiguous) < 2 or seg.phrase:
            continue
        own = _frame_body(linker, rt, seg)
        if own is None:
            continue
        if out is segs:
            out = list(segs)
        out[k] = relinked(seg, own, seg.ambiguous)
    return out


def _frame_body(linker: SpanLinker, rt: Runtime, seg: Seg) -> Candidate | None:
    """The one body of the frame among the tie, when every other candidate is a foreign body
    the text does not frame: a writer names a foreign body with its country and leaves only
    his own bare, so nothing but an unframed foreign rival may stand beside it."""
    own: Candidate | None = None
    for cand in seg.ambiguous:
        if cand.type != "ORG":
            return None
        country = country_of(rt, cand)
        if not country[0]:
            if own is not None or cand.method != GLOSS:
                return None  # two bodies of the frame, or one reached by its spelling
            own = cand
        elif said_near(linker, seg, country) or framed_by(country, linker.text):
            return None  # "the Egyptian Prosecution", or a story about Egypt
    return own
