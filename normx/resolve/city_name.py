"""A bare name between a qualified namesake and "<name> City": the city.

A gazetteer tells a state from its city apart by a qualifier on one and a designator on the
other: "New York (state)" and "New York City" (Arabic: ولاية نيويورك, مدينة نيويورك). The
text's bare "New York" spells the state's name but for its qualifier
(:func:`~normx.resolve.decision.spelled_but_qualifier`), which alone would make it the state.
But the qualifier is the gazetteer's way of saying the bare name is not the state's alone, and
English drops "City" from a city's name as a matter of course ("in New York", the UN's seat;
"Kuwait City" is "Kuwait" only where no country of that name competes, and then the country,
named bare, is spelled exactly and wins before this rule is asked). So when one candidate
spells the text's name with a qualifier and another spells it with "City" after it, the text
means the city: news names cities far more often than the states around them.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.match.candidate import Candidate
from normx.text.latin import fold

CITY_WORDS = ("city",)  # the designator English drops from a city's name


def city_of_the_name(query: str, cands: Sequence[Candidate], qualified: Candidate) -> Candidate:
    """The candidate named *query* + "City" when the text's name spells *qualified*'s name
    but for its qualifier (see the module docstring); *qualified* otherwise."""
    said = fold(query)
    for c in cands:
        if c.id != qualified.id and c.type == "LOC" and qualified.type == "LOC":
            name = fold(c.matched)
            if any(name == f"{said} {word}" for word in CITY_WORDS):
                return c
    return qualified
