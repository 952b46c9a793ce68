"""A name that a noun of settlement follows is no mention of a facility named after it.

Airports, air bases, ports and stations are named after the place they serve ("Dahra
Airport", "Al Jufra Air Base"), and a gazetteer that holds the facility may not hold the place:
the text's bare name ("Al-Dahra") then reaches the facility's name by its one distinctive word.
When the text says what kind of place it means right after the name ("the Al-Dahra area", "the
Jufra district", "the Mitiga neighbourhood": the settlement and administrative nouns of
``data/place_nouns.yaml``), it names the district or town, and the facility, whose own head
("airport") the text never wrote, is the one reading the words exclude. (The converse,
a place followed by a head it lacks, "the Jufra airbase", is ``_place_of_a_facility`` of
:mod:`normx.resolve.references`.) A name said with the
facility's head ("Mitiga airport") or with none is not judged so; nor persons.
"""

from __future__ import annotations

from collections.abc import Collection

from normx.detect.tokens import lower_word_after
from normx.match.candidate import Candidate
from normx.resolve.definite_lookalike import place_nouns
from normx.text.latin import fold


def settlement_not_facility(
    text: str, end: int, cand: Candidate, said: Collection[str], facility_heads: Collection[str]
) -> bool:
    """The mention ending at ``text[end]`` is followed by a lower-case noun of settlement,
    and *cand*'s matched name holds a facility head (*facility_heads*, folded) that the
    mention's own words (*said*, folded) lack."""
    if cand.type == "PER":
        return False
    if lower_word_after(text, end) not in place_nouns():
        return False
    return bool(unsaid_heads(cand.matched, said, facility_heads))


def unsaid_heads(
    name: str, said: Collection[str], facility_heads: Collection[str]
) -> frozenset[str]:
    """The facility heads (*facility_heads*, folded: "airport") among the words of a matched
    *name* that the mention's own words (*said*, folded) lack: the kind of place the name is
    that the text did not say. :mod:`normx.resolve.prison_named` asks it too."""
    words = fold(name).replace("-", " ").split()
    return frozenset(w for w in words if w in facility_heads and w not in said)
