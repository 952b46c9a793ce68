"""A sub-span that would cut through a person's full name the text spells exactly.

The sub-span search (:mod:`normx.resolve.subspans`) tries the longest prefixes and suffixes of
a span that did not link whole. Under a large gazetteer a longer prefix may link by a loose
likeness that swallows a person's given name: "Libyan National Army of Khalifa | Haftar" (the
army by a gloss that leaves "Khalifa" unexplained), and the bare surname left over then
matches no one firmly, so the span is lost whole. A reader never splits a name the gazetteer
holds as one person's full name, spelled as the text spells it ("Khalifa Haftar"): whatever
the other words are, that name is one mention. So an option whose edge falls inside such a
name (two name words at least, matched exactly through the trie) is no option; the name
itself, or an option around it whole, still is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

MAX_NAME_UNITS = 6  # units of the longest person's name looked for inside a span


def person_names_within(linker: SpanLinker, first: int, last: int) -> list[tuple[int, int]]:
    """The token ranges inside ``first``..``last`` (the span itself aside) that spell a
    person's gazetteer name of two name words or more exactly."""
    units = linker.units
    u_first, u_last = linker.unit_index[first], linker.unit_index[last]
    out: list[tuple[int, int]] = []
    for a in range(u_first, u_last + 1):
        for b in range(a + 1, min(u_last, a + MAX_NAME_UNITS - 1) + 1):
            r0, r1 = units[a].first, units[b].last
            if (r0, r1) == (first, last):
                continue
            exact = linker.exact_candidates(r0, r1)
            if not exact or not any(c.type == "PER" for c in exact):
                continue
            if len(linker.name_units(r0, r1)) >= 2:
                out.append((r0, r1))
    return out


def cuts_person_name(s0: int, s1: int, names: list[tuple[int, int]]) -> bool:
    """Whether the option ``s0``..``s1`` has an edge inside one of *names*
    (:func:`person_names_within`): it takes part of the name and leaves the rest."""
    return any(a < s0 <= b or a <= s1 < b for a, b in names)
