"""A shipped record matched only loosely does not stand against a user record.

With the shipped gazetteers loaded beside the user's (``normx canonicalize --gazetteer
theirs.yaml``), a text's name often resembles both the user's record and a shipped place of
no note to the text, most of them OpenStreetMap villages: "Zlitan" is the user's Zliten (0.945)
and the village Zaltan (0.911), "Tabu" the user's Toubou people (through التبو, 0.844) and the
village Tarbu (0.869), "Karama" the user's Operation Dignity (عملية الكرامة, 0.875) and the
town Germa by its alias "Garama" (0.964). A close pair is no decision and a better look-alike
wins, so the mention went unlinked or to the village where the user's gazetteer alone links
it right (``benchmarks.eval.articles --as-user``, session 14).

A loose likeness (below an exact or normalised match) is the weakest evidence there is, and
the user's record stands above a shipped one (:mod:`normx.resolve.standing`: the user said
which entities matter). So when a record of the user's own answers the text at all (above
the matcher's threshold), the shipped records answering it only loosely are left out: the
candidates are read as the user's gazetteer alone would read them. Persons are left to their
own rules (namesakes), and a shipped record matched exactly is judged by
:func:`normx.resolve.standing.higher_standing_rival`. A name no user record answers is still
the shipped records' (Tajarhi ~ the village Tajerhi). With no user record loaded (every record
stands as the user's) nothing changes.

The exact counterpart: a name the user's record holds and a shipped record holds only as an
*alias* ("Mus'ab Abu Qarin" is the user's canonical name and one of the aliases the sanctions
list gives a man the user's gazetteer holds under another Arabic name, so the two were never
identified) is the user's: the tie left "Musab Abu-Qarin" unlinked. A shipped record holding
the name as its own canonical name still ties (the same name, two entities)
(:func:`exact_user_first`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.standing import USER
from normx.text.latin import fold

__all__ = ["exact_user_first", "loose_shipped_dropped"]

EXACT = 1.0  # a name held as written (or normalised): not a likeness


def loose_shipped_dropped(
    group: Sequence[Candidate], standing: Callable[[str], int]
) -> list[Candidate]:
    """*group* (the matcher's candidates, best first) without the shipped non-person records
    matched only loosely, when a user record answers too; *group* itself otherwise (never
    empty when *group* is not)."""
    if not any(standing(c.id) >= USER and c.score >= NO_MATCH_THRESHOLD for c in group):
        return list(group)
    return [c for c in group if standing(c.id) >= USER or c.type == "PER" or c.score >= EXACT]


def exact_user_first(
    exact: list[Candidate] | None, standing: Callable[[str], int]
) -> list[Candidate] | None:
    """*exact* (records spelling the text's name exactly) without the shipped ones that hold
    it only as an alias, when a user record is among them; *exact* itself otherwise."""
    if not exact or len(exact) < 2 or not any(standing(c.id) >= USER for c in exact):
        return exact
    return [c for c in exact if standing(c.id) >= USER or fold(c.matched) == fold(c.name)]
