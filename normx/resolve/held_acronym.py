"""A dotted abbreviation a gazetteer holds as a name is that record's, whatever else it spells.

Wire copy writes "U.S." and "U.N." without ever naming the country or the body in full, and
the acronym rules read them by the gazetteers' initials (:mod:`normx.resolve.acronyms`, rule
3): the one body or place whose English name's initials spell the letters. With the shipped
gazetteers loaded that one is rarely one: "US" is the initials of the United States and of
OpenStreetMap places such as "Umm Saad" and "Umm Sakhr", so the rule found no single answer,
and every "U.S." of articles-v9 and v26 went unlinked where the user's gazetteer alone links
it (``benchmarks.eval.articles --as-user``) -- though the user's United States holds "U.S."
itself, inherited from the shipped record's aliases.

Initials are a guess at what letters stand for; a record holding the abbreviation as one of
its names is a source saying so. So a dotted acronym held as an English name (dots and spaces
aside: "U.S.", "US") by exactly one body or place is that record's; when no record or several
hold it, the initials decide as before. With the user's records loaded beside the shipped ones,
only the user's count: a shipped record the user left out is linked on strong evidence only
(:mod:`normx.resolve.user_first`), and the initials did not decide for it before either (the
shipped United States would take every "U.S." of a set whose gazetteer lacks it, v17 and v24,
where the gold has none). An undotted acronym is left to the initials and to the
matcher, which reads held names like any other.

An acronym that opens a longer name ("U.S. Embassy") is that name when the spelled-out words
match one closely (:func:`normx.resolve.acronyms._expanded`); the matcher's best answer was
taken even inside a tie: "United States Embassy" is the embassies in Cairo (0.908), Tunis (0.9)
and Tripoli (0.899) alike, and the first took the mention (articles-v17, ``--as-user``, once
"U.S." was read). A tie is no decision there any more than in the resolver
(:data:`~normx.resolve.decision.AMBIGUITY_MARGIN`, :data:`~normx.resolve.decision.SURE_SCORE`):
:func:`best_unless_tied` answers it with no id, and the acronym, part of a longer name not known,
is left unlinked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.decision import AMBIGUITY_MARGIN, SURE_SCORE

__all__ = ["best_unless_tied", "with_held_acronyms"]

Entry = tuple[str, str, str, str]  # id, canonical name, type, the name abbreviated
Known = Callable[[str, bool], Entry | None]

_KINDS = frozenset({"ORG", "LOC"})
MAX_LETTERS = 8


def _letters(name: str) -> str | None:
    """The capitals of a name written as an abbreviation ("U.S.", "US", "U. N."), else None."""
    letters = "".join(ch for ch in name if ch not in ". ")
    if 2 <= len(letters) <= MAX_LETTERS and letters.isalpha() and letters.isupper():
        return letters
    return None


def held_acronyms(
    records: Iterable[Record], counts: Callable[[str], bool] = lambda rid: True
) -> dict[str, Entry]:
    """Letters -> the one body or place holding them as an English name (module doc), among
    the records whose ids *counts*."""
    holders: dict[str, dict[str, Entry]] = defaultdict(dict)
    for rec in records:
        if rec.type not in _KINDS or not counts(rec.id):
            continue
        for name in rec.names("en"):
            letters = _letters(name)
            if letters is not None:
                entry = (rec.id, rec.canonical, rec.type, rec.canonical)
                holders[letters].setdefault(rec.id, entry)
    return {k: next(iter(v.values())) for k, v in holders.items() if len(v) == 1}


def with_held_acronyms(
    known: Known, records: Iterable[Record], counts: Callable[[str], bool] = lambda rid: True
) -> Known:
    """*known* (the gazetteers' initials, :func:`normx.resolve.acronyms.gazetteer_acronyms`)
    with a dotted acronym read first as the name one record holds (of those *counts*)."""
    held = held_acronyms(records, counts)

    def lookup(acronym: str, dotted: bool) -> Entry | None:
        entry = held.get(acronym) if dotted else None
        return entry if entry is not None else known(acronym, dotted)

    return lookup


def best_unless_tied(found: Sequence[Candidate]) -> tuple[str, str, str, float] | None:
    """(id, canonical, type, score) of the matcher's best candidate in *found*; its id is ""
    when another entity is as close (a tie: the name is known, which entity it is is not).
    Unlike :func:`normx.match.candidate.clear_best`, a tie still answers (the acronym is then
    part of a longer name, only not known whose)."""
    if not found:
        return None
    best = found[0]
    floor = best.score - AMBIGUITY_MARGIN
    tied = best.score < SURE_SCORE and any(c.id != best.id and c.score >= floor for c in found)
    return ("" if tied else best.id), best.name, best.type, best.score
