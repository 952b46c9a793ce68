"""The matcher's top-k cut made inside a tie keeps a candidate of every kind in the tie.

The resolver reads a span's best few candidates (:data:`~normx.resolve.runtime.MATCH_TOP`).
Candidates of equal score come in record-id order, so when more entities tie at the last kept
score than there is room for, which of them are read is an accident of their ids. In a small
gazetteer that rarely matters; in one of tens of thousands of names it does: "Al-Nasr" reaches
the document's club, Al-Nasr SC (Benghazi), at 0.78 (one word of its name), and hundreds of
persons holding ناصر across scripts at the same 0.78, whose ids happened to sort first (as
every ``bench:`` distractor id does before ``org:``). The club was cut, the span stayed a tie
of strangers, and the text's "Benghazi", which settles the tie for the club
(:mod:`normx.resolve.unsaid_qualifier`), had nothing to settle. A tie is one question, and the
resolver's document rules can only choose among the candidates they are told of; telling
them of every tied person is neither possible nor useful (the document's rules for persons
read the text's words, not the candidate list), but a tie of persons that also holds a body
or a place is a question of kind the document may well answer. So when the cut falls inside
a tie, a few more of the tied candidates are kept (:data:`TIE_ROOM`, in the matcher's order:
"Dar" ties the village Dar Bin Sweedan, a person and two bodies named Dar al-Ifta, and the
document's is the fourth), and the best candidate of each entity type the kept ones lack is
asked for (one typed matcher call per missing type) and kept when it ties too. Nothing
changes unless the cut falls inside a tie: the first ``top`` candidates are those a
top-``top`` search returns.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate

TYPES = ("PER", "LOC", "ORG")
TIE_ROOM = 4  # candidates read past the cut, in the matcher's order, when they tie with it

# the matcher's best candidates of a type (None: any), at most n of them, from a score
Ask = Callable[[str | None, int, float], list[Candidate]]


def fetch_top(top: int) -> int:
    """How many candidates to ask the matcher for: one past the cut at *top*, to see whether
    the cut falls inside a tie (only then is the matcher asked again)."""
    return top + 1


def keep_cutoff_ties(cands: list[Candidate], top: int, ask: Ask) -> list[Candidate]:
    """The first *top* of *cands* (best first, at most ``fetch_top(top)``), and, when the next
    one ties with the last of those, the tied ones after them (up to :data:`TIE_ROOM`, asked
    for again) and the best candidate of each type none of those is, when it ties too."""
    if len(cands) <= top:
        return cands
    last = cands[top - 1].score
    if cands[top].score < last:
        return cands[:top]
    kept = [c for c in ask(None, top + TIE_ROOM, last) if c.score >= last] or cands[:top]
    seen = {c.id for c in kept}
    for kind in TYPES:
        if any(c.type == kind for c in kept):
            continue
        for c in ask(kind, 1, last):
            if c.score >= last and c.id not in seen:
                kept.append(c)
                seen.add(c.id)
    return kept
