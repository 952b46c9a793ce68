"""A bare place name between an administrative unit and a qualified namesake: the town.

A gazetteer holds a town and the province named after it apart: "Minya Governorate" carries
its designator, the town carries a qualifier that tells it from namesakes elsewhere ("Minya,
Egypt", the way encyclopedias title places; or "Tripoli (Lebanon)"). A text's bare word spells
both but for those additions. :func:`~normx.resolve.decision.named_with_feature` reads a bare
word as the unit when the unit ties with a mere look-alike ("Jufra": Jufra District, not the
Al Jufra Air Base), since English drops a unit's designator. But when another candidate is the
word itself with only a qualifier added, that candidate is the place the word names: English
names towns bare far more often than the provinces around them ("an attack in Minya"), and the
qualifier is no word of the name (:mod:`normx.resolve.city_name` reads "New York" the same way).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.match.candidate import Candidate
from normx.text.latin import fold
from normx.text.qualifier import head_of, trailing_qualifier


def bare_name(name: str) -> str | None:
    """*name* folded without its qualifier ("Minya, Egypt" -> "minya"; "Tripoli (Lebanon)"
    -> "tripoli"), or None when it has none."""
    qualifier = trailing_qualifier(name)
    head = head_of(name, qualifier) if qualifier else ""
    return fold(head) if head and not any(c in head for c in ",()") else None


def town_over_unit(query: str, unit: Candidate, cands: Iterable[Candidate]) -> Candidate:
    """The one place among *cands* (other than *unit*, the administrative unit chosen for the
    bare *query*) whose canonical name is *query* but for a qualifier; *unit* otherwise."""
    said = fold(query)
    found = {
        c.id: c for c in cands if c.type == "LOC" and c.id != unit.id and bare_name(c.name) == said
    }
    return next(iter(found.values())) if len(found) == 1 else unit
