"""Two places or bodies exactly as like the text's words: no decision, however close.

A likeness above :data:`~normx.resolve.decision.SURE_SCORE` decides whatever its rivals,
because a name that close is nearly the text's own spelling. But when another entity's name is
*exactly* as close ("Daesh" ~ the villages Taess and Attash, 0.964 each, by the same fuzzy
measure), the order the matcher lists them in is no evidence: a reader who sees two equally
good readings does not pick the first. The tie goes to the undecided path (a designator, the
Arabic spelling, the document's own names, :mod:`normx.resolve.named_rival`). Only rivals
whose names differ: two places of one name ("Souq Al-Juma" ~ the villages Suq Al Jumaah and
Suq al Jum`ah, both سوق الجمعة) are namesakes, for which the matcher's order stands as
before. One name means the same English name (folded) or an Arabic name in common. Places and
bodies matched by likeness only; an exact or normalised name is the trie's, and persons keep
their own rules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from normx.match.candidate import Candidate
from normx.resolve.word_agreement import LONE_WORD_LOOSE
from normx.text.latin import fold

TIE = 1e-6  # scores this close are the same score


ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]


def tied_look_alike(
    best: Candidate, close: Iterable[Candidate], arabic_names: ArabicNames | None = None
) -> bool:
    """*best* is a place or body matched by likeness, and another such entity among *close*,
    of another name (*arabic_names*: record id -> its Arabic names as words), has the same
    score."""
    if best.type == "PER" or best.method not in LONE_WORD_LOOSE:
        return False
    return any(
        c.id != best.id
        and c.type != "PER"
        and abs(c.score - best.score) <= TIE
        and not _one_name(best, c, arabic_names)
        for c in close
    )


def _one_name(a: Candidate, b: Candidate, arabic_names: ArabicNames | None) -> bool:
    if fold(a.matched) == fold(b.matched):
        return True
    if arabic_names is None:
        return False
    return bool(set(arabic_names(a.id)) & set(arabic_names(b.id)))
