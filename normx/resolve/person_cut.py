"""A sub-span that would cut through a person's full name the text spells exactly.

The sub-span search (:mod:`normx.resolve.subspans`) tries the longest prefixes and suffixes of
a span that did not link whole. Under a large gazetteer a longer prefix may link by a loose
likeness that swallows a person's given name: "Libyan National Army of Khalifa | Haftar" (the
army by a gloss that leaves "Khalifa" unexplained), and the bare surname left over then
matches no one firmly, so the span is lost whole. A reader never splits a name the gazetteer
holds as one person's full name, spelled as the text spells it ("Khalifa Haftar"): whatever
the other words are, that name is one mention. So an option whose edge falls inside such a
name (two name words at least, matched exactly through the trie) is no option; the name
itself, or an option around it whole, still is. The same holds for a particle and the word it
binds (:func:`particle_bonds`: "Abou | Chahma").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from normx.text.particles import particle_table

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
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


_BINDING_KINDS = ("abu", "bin", "abd")  # particles that belong with the name part after them


@lru_cache(maxsize=1)
def _binding_forms() -> frozenset[str]:
    """The free-standing forms of Abu, Bin and Abd (``particles.yaml``); the one-letter "b"
    (an abbreviation of bin in lists) is left out, as an initial in running text."""
    table = particle_table().by_kind
    return frozenset(f for kind in _BINDING_KINDS for f in table[kind].forms if len(f) > 1)


def particle_bonds(linker: SpanLinker, first: int, last: int) -> list[tuple[int, int]]:
    """The token ranges inside ``first``..``last`` of a particle that binds the next word to
    it ("Abou Chahma", "Ben Ali", "Abdel Fattah") and that word.

    Abu ("father of"), Bin ("son of") and Abd ("servant of") are no names alone: "Abou Chahma"
    is one family name, أبو شحمة, and "Ben Ali" one father's name. A sub-span ending on the
    particle takes half of that name part and leaves the other half over ("General Ahmed Abou
    | Chahma" ~ Abbou Ahmed, under a large gazetteer), and one starting after it takes a word
    the particle qualifies ("Ben | Ali" is not Ali). So the pair is never cut, like a person's
    full name (:func:`cuts_person_name`); an option holding it whole still is one."""
    forms = linker.forms
    bound = _binding_forms()
    out: list[tuple[int, int]] = []
    for t in range(first, last):
        if forms[t] not in bound:
            continue
        nxt = next((u for u in range(t + 1, last + 1) if forms[u][:1].isalpha()), None)
        if nxt is not None and forms[nxt] not in bound:
            out.append((t, nxt))
    return out


def one_name_part(linker: SpanLinker, first: int, last: int) -> bool:
    """Whether ``first``..``last`` is one name part written with Abu: the particle and the
    one name word it binds ("Abu Rkhis", أبو رخيص).

    The sub-span search holds a lone word carved out of a longer span to a stricter standard
    than a name of several words (it links only to a whole gazetteer name as spelled: the
    surname of "Khaled Al-Trabelsi" is not Hamid Al-Trabelsi). "Bin X" and "Al-X" already
    count as one name word there, since the particle is no core word; Abu is core (it keys a
    kunya, "Abu Bakr"), so "Khaled Abu Rkhis" gave up its family name to Nouri Abu Rkhis as
    if it were two words of a name. It is one, and held to the lone word's standard."""
    units = linker.name_units(first, last)
    return len(units) == 2 and units[0].kind == "abu" and units[1].kind != "abu"


def patronymic_as_place(linker: SpanLinker, s0: int, s1: int, cand: Candidate | None) -> bool:
    """Whether the range opens with "Bin" ("son of": Ben Saud, بن سعود) and links to a place
    or body none of whose English names holds that particle.

    Matching reads bin as optional (Farhat Bin Qadara = Farhat Qadara), which is right for a
    person's name; but a range cut out of a longer name that opens with "Ben" is a man's
    patronymic or family name ("Tarek | Ben Saud"), and a village called Saud is not what it
    says. A place whose name holds the particle (Bin Jawad, Ben Gardane) is still one."""
    if cand is None or cand.type == "PER" or s0 > s1:
        return False
    forms = _bin_forms()
    return linker.forms[s0] in forms and not forms & linker.english_words(cand.id)


@lru_cache(maxsize=1)
def _bin_forms() -> frozenset[str]:
    """The free-standing forms of bin (``particles.yaml``), the one-letter "b" aside."""
    return frozenset(f for f in particle_table().by_kind["bin"].forms if len(f) > 1)
