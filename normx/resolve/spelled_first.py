"""A lone word tied between a name that spells it in the text's script and Arabic names whose
romanisation happens to spell it.

"Waha" spells a word of the Waha Oil Company (0.78, one word of three) and, read across
scripts, is واحة, the Arabic word for an oasis that opens the Arabic names of Ghawat (واحة
قاوت) and Siwa Oasis (واحة سيوة): romanised, "waha" too, at the same 0.78. The matcher lists
tied candidates in no meaningful order, and the tie stood: the word went unlinked whichever
came first. The text's word written in the text's own script, in a name of that script, is
better evidence than a romanisation that guesses an Arabic name's vowels (the reasoning of
:func:`normx.resolve.decision.unspelled_rivals_dropped`, which already drops the look-alikes
that do not spell the word): when exactly one candidate tied with the best spells the lone
word in a name of the text's script and the others only match across scripts,
:func:`spelled_first` puts it first and leaves the tied cross-script candidates out; the
rules that follow judge the rest. Two candidates that spell the word in the text's script
stay tied: the tie between them is real.
"""

from __future__ import annotations

from normx.match.candidate import Candidate

TIE = 1e-9  # scores this close are one score
CROSS_SCRIPT = "cross-script"


def spells(cand: Candidate) -> bool:
    """The match pairs a word of the query with a word of the name spelled alike (also
    :mod:`normx.resolve.decision`'s test, which imports it from here: this module cannot
    import the decision module that calls it)."""
    pairs = cand.explain.get("pairs") or ()
    return any(float(p.get("sim", 0.0)) >= 1.0 for p in pairs)


def spelled_first(
    best: Candidate, close: tuple[Candidate, ...]
) -> tuple[Candidate, tuple[Candidate, ...]]:
    """(*best*, *close*) with the one place or body tied with a cross-script *best* that spells
    the lone word in the text's script first, and the tied cross-script candidates left out
    (see the module docstring); persons keep their own rules."""
    if best.type == "PER" or best.method != CROSS_SCRIPT:
        return best, close
    tied = [c for c in close if c.score >= best.score - TIE and c.id != best.id]
    if any(c.type == "PER" for c in tied):
        return best, close
    here = {c.id: c for c in tied if c.method != CROSS_SCRIPT and spells(c)}
    if len(here) != 1:
        return best, close
    first = next(iter(here.values()))
    if any(c.method != CROSS_SCRIPT and c.id != first.id for c in tied):
        return best, close
    return first, tuple(c for c in close if c.id != first.id and c not in tied)
