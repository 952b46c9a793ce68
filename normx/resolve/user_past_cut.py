"""The user's record past the matcher's cut, behind shipped look-alikes, is read too.

The resolver reads a span's best few candidates (:data:`~normx.resolve.runtime.MATCH_TOP`).
With the shipped gazetteers loaded beside the user's, a one-word name finds dozens of
OpenStreetMap places a letter or two away, and they can fill every place above the user's
record: "Karama" reaches the user's Operation Dignity through its Arabic name عملية الكرامة at
0.875, fifth, behind Germa (alias "Garama", 0.964), Al Karmah Town, Akramah and Kararim (0.88,
0.878, 0.878). The user's record was never read,
:func:`normx.resolve.user_first.loose_shipped_dropped` had no user record to keep, and the span
went unlinked where the user's gazetteer alone links it (articles-v4 and v25,
``benchmarks.eval.articles --as-user``).

Shipped look-alikes stand below the user's record (:mod:`normx.resolve.standing`), so their
number must not decide whether it is read. When the cut is full and every candidate above it
is a shipped non-person record matched only by likeness -- the candidates the user-first rules
leave out beside a user record -- the matcher is asked once more, deeper
(:data:`DEEPER_TOP`), and the user's records it finds above the threshold are added after the
others (they score lower; the order stays best first). A cut holding a user record, a person
or an exact match is left as it is (the user-first rules and the namesake rules read those),
and with no user record loaded (every record stands as the user's) nothing changes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.cutoff_ties import Ask
from normx.resolve.standing import USER
from normx.resolve.user_first import EXACT

__all__ = ["DEEPER_TOP", "user_past_cut"]

DEEPER_TOP = 16  # candidates asked for when the cut holds only shipped look-alikes


def user_past_cut(
    group: Sequence[Candidate], top: int, standing: Callable[[str], int], ask: Ask
) -> list[Candidate]:
    """*group* (the matcher's candidates, best first, cut at *top*) with the user's records
    that a deeper search finds, when the cut is full of shipped look-alikes (module doc)."""
    if len(group) < top or any(
        standing(c.id) >= USER or c.type == "PER" or c.score >= EXACT for c in group
    ):
        return list(group)
    seen = {c.id for c in group}
    extra = [
        c
        for c in ask(None, DEEPER_TOP, NO_MATCH_THRESHOLD)
        if c.id not in seen and standing(c.id) >= USER
    ]
    return [*group, *extra]
