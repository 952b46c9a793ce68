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
candidates are read as the user's gazetteer alone would read them (a user record the matcher's
cut left behind shipped look-alikes is fetched: :mod:`normx.resolve.user_past_cut`). Persons
were left to their own rules (namesakes) until session 17: a shipped person the user lacks is
no likelier the text's than the user's own ("Mohammed ben Zayed" is the user's Mohamed bin
Zayed Al Nahyan at 0.909, and the shipped Mohammed Ammari Zayed at 0.966 left it unlinked),
so a shipped person matched only loosely is left out too beside a user record answering the
text. A shipped record matched exactly is judged by
:func:`normx.resolve.standing.higher_standing_rival`. With no user record loaded (every
record stands as the user's) nothing changes.

Session 17: the view is applied where the run fetches the matcher's answers
(``Runtime.fetch``), not only in the resolver's decision, so every rule that asks the matcher
again reads it: "Maitika prison" reached a shipped look-alike first, and the later bare
"Mitiga" stayed the user's airport instead of the prison the text had named (articles-v20,
:mod:`normx.resolve.prison_named`). A name no user record answers is the final links' matter
(:mod:`normx.resolve.shipped_likeness`).

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

__all__ = ["exact_user_first", "loose_shipped_dropped", "users_first"]

EXACT = 1.0  # a name held as written (or normalised): not a likeness


def loose_shipped_dropped(
    group: Sequence[Candidate], standing: Callable[[str], int]
) -> list[Candidate]:
    """*group* (the matcher's candidates, best first) without the shipped records matched
    only loosely, when a user record answers too; *group* itself otherwise (never empty when
    *group* is not)."""
    if not any(standing(c.id) >= USER and c.score >= NO_MATCH_THRESHOLD for c in group):
        return list(group)
    return [c for c in group if standing(c.id) >= USER or c.score >= EXACT]


def exact_user_first(
    exact: list[Candidate] | None, standing: Callable[[str], int]
) -> list[Candidate] | None:
    """*exact* (records spelling the text's name exactly) without the shipped ones that hold
    it only as an alias, when a user record is among them; *exact* itself otherwise."""
    if not exact or len(exact) < 2 or not any(standing(c.id) >= USER for c in exact):
        return exact
    return [c for c in exact if standing(c.id) >= USER or fold(c.matched) == fold(c.name)]


def users_first(group: Sequence[Candidate], standing: Callable[[str], int]) -> list[Candidate]:
    """*group* with the user's records before the shipped ones (each in its order): for a rule
    that reads the matcher's first answer as the record a name reaches, loosely ("Maitika" of
    "Maitika prison" reached a shipped village look-alike before the user's Mitiga airport, and
    the later bare "Mitiga" stayed the airport: :mod:`normx.resolve.prison_named`)."""
    return sorted(group, key=lambda c: standing(c.id) < USER)
