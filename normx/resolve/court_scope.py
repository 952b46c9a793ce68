"""A court named without the word of reach or rank its record holds is another court.

Every state has a criminal court, a court of appeal, a military court: "the prosecution ...
will refer the file to the Criminal Court" in a Libyan story is Tripoli's criminal chamber,
not the International Criminal Court, although every word of the phrase is in the ICC's name
and the matcher finds it by likeness (0.85). The word the phrase lacks, "International", is
the one that says which criminal court the record is: the others ("Criminal", "Court") every
criminal court's name holds. A writer who means the ICC after naming it says "the Criminal
Court" as its repeat, and coreference links that (an antecedent); one who never named it
means a court of his own country.

So a mention whose last word is a court's head (``data/court_scope.yaml``), linked by
likeness alone (no document link behind it) to a body whose English name holds a word of
reach or rank the mention lacks ("international", "supreme", "military"), is left unlinked.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from normx.match.candidate import LIKENESS_METHODS
from normx.resolve.segment import DOCUMENT_LINK_KEYS
from normx.text.latin import fold
from normx.text.resources import package_data

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """(court heads, words of reach or rank), folded."""
    data = package_data("normx.resolve", "court_scope.yaml")
    return frozenset(data["heads"]), frozenset(data["scope"])


def lacks_scope(said: str, name: str) -> bool:
    """*said* names a court, and *name* holds a word of reach or rank *said* lacks."""
    heads, scope = _words()
    words = fold(said).replace("-", " ").split()
    if not words or words[-1] not in heads:
        return False
    return any(w in scope and w not in words for w in fold(name).replace("-", " ").split())


def courts_without_scope(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each look-alike link of a court that lacks its record's word of reach
    or rank undone (see the module)."""
    del rt  # the same signature as the other likeness passes
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if (
            cand is not None
            and cand.type == "ORG"
            and cand.method in LIKENESS_METHODS
            and not any(k in evidence for k in DOCUMENT_LINK_KEYS)
            and lacks_scope(linker.surface(seg.first, seg.last), cand.matched)
        ):
            cand, evidence = None, {**evidence, "court_without_scope": cand.id}
        out.append((seg, cand, evidence))
    return out
