"""The sub-span search: the best linked prefix or suffix of a span that did not link whole.

"Tripoli and Ankara", "Supreme Council of State Khaled Al-Mashri" and "Al-Wefaq Forces Khaled
Karrouad" are several names run together. The search tries the prefixes and suffixes of the
span and of its natural pieces (:func:`normx.resolve.pieces.pieces`), longest first; within
one length the best-scoring linked option wins, a clean one (every word explained) before one
that leaves a word over. Options that cannot be names are skipped before any matcher call:
edges that are function words or dangling particles, context-only words, single words that
are not a whole gazetteer name as spelled, and ranges over a cut with a side no match can pair
(a head noun alone: "Forces | Khaled Karrouad"). An option that reaches over a natural cut
links only as one name that explains every piece (:func:`normx.resolve.one_name.one_name_across`):
"Presidential Council and the Government" is not the Presidential Council. The matcher queries
of one length are asked together (:meth:`SpanLinker.want`), so a document's queries reach the
matcher in batches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.capitals_only import capitals_only, house_acronym
from normx.resolve.context_words import context_edge, only_context
from normx.resolve.one_name import one_name_across, side_spellings
from normx.resolve.person_cut import (
    cuts_person_name,
    one_name_part,
    particle_bonds,
    patronymic_as_place,
    person_names_within,
)
from normx.resolve.segment import Seg, is_clean

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

MAX_SUBSPAN_UNITS = 8


def options_by_length(
    linker: SpanLinker, first: int, last: int, pieces: list[tuple[int, int]]
) -> dict[int, list[tuple[int, int]]]:
    """Token ranges of every prefix and suffix (whole units) of the span and of its pieces,
    grouped by length in units; the span itself is not an option."""
    ranges = [(first, last), *(p for p in pieces if p != (first, last))]
    units = linker.units
    options: dict[tuple[int, int], int] = {}
    for r0, r1 in ranges:
        u0, u1 = linker.unit_index[r0], linker.unit_index[r1]
        n = u1 - u0 + 1
        for length in range(1, min(n, MAX_SUBSPAN_UNITS) + 1):
            for a in (u0, u1 - length + 1):
                s0, s1 = units[a].first, units[a + length - 1].last
                if (s0, s1) != (first, last):
                    options[(s0, s1)] = length
    by_length: dict[int, list[tuple[int, int]]] = {}
    for rng, length in options.items():
        by_length.setdefault(length, []).append(rng)
    return by_length


def _worth_linking(linker: SpanLinker, s0: int, s1: int, length: int) -> bool:
    if linker.is_edge_word(s0) or linker.is_edge_word(s1) or linker.dangling_particle(s1):
        return False
    if only_context(linker, s0, s1) or context_edge(linker, linker.in_names, s0, s1):
        return False
    # a lone word carved out of a span must be a whole name as spelled; an article does not
    # make "Al-Gharbawi" two words (else a surname cut from "Jumaa Al-Gharbawi" links a place)
    exact = linker.exact_candidates(s0, s1)
    if _lone_word(linker, s0, s1, length) and (
        exact is None
        or (
            capitals_only(linker.surface(s0, s1), exact)
            and not house_acronym(linker.house_words, linker.surface(s0, s1))  # "the Unesco said"
        )
    ):
        return False  # ... and, spelled, not only an acronym: "Anas | el-Gomati" is no ANAS
    return bool(exact) or _may_be_one_name(linker, s0, s1)


def _may_be_one_name(linker: SpanLinker, s0: int, s1: int) -> bool:
    """False when no matcher answer for the range can pass :func:`one_name_across`: it
    reaches over a cut, a side has no word a match could pair (only heads and function words:
    "Forces | Khaled Karrouad"), and the answer cannot be an exact match (the text spells no
    gazetteer name, :meth:`SpanLinker.spelled`). The matcher is then not asked: the search's
    result is the one the answer would have given."""
    sides = side_spellings(linker, s0, s1)
    return len(sides) <= 1 or all(sides) or linker.spelled(linker.surface(s0, s1))


def _lone_word(linker: SpanLinker, s0: int, s1: int, length: int) -> bool:
    """One name word, however many units (articles, "bin") stand around it."""
    return length == 1 or len(linker.name_units(s0, s1)) <= 1 or one_name_part(linker, s0, s1)


def _modifier_of_own_head(linker: SpanLinker, s1: int, last: int, seg: Seg) -> bool:
    """The words before the span's own head noun ("Libyan Civil Aviation | Authority") say
    what the body is for, not which other body it is: a loose likeness of theirs to a body's
    name that leaves a word of that name unsaid other than its own head noun ("Civil
    Aviation" ~ International Civil Aviation Organization) is none. A head swapped for another
    ("Special Deterrence | Apparatus" for the Special Deterrence Force) and an exact name
    ("African Union | Commission": the AU's commission) still link."""
    cand = seg.cand
    if cand is None or cand.type != "ORG" or cand.method == "exact" or s1 >= last:
        return False
    lex = linker.lex
    if linker.forms[last] not in lex.body_heads:
        return False
    pairs, names = cand.explain.get("pairs"), cand.explain.get("matched_tokens")
    if not pairs or not names:
        return False
    paired = {str(p.get("name", "")) for p in pairs}
    return any(
        str(t.get("form", "")) not in paired
        and str(t.get("form", "")) not in lex.body_heads
        and str(t.get("form", "")) not in lex.connectors
        for t in names
    )


def best_subspan(
    linker: SpanLinker, first: int, last: int, pieces: list[tuple[int, int]]
) -> tuple[Seg, int, int] | None:
    """The longest linked prefix or suffix of the span or of one of its pieces, with its range.

    A clean match of the longest length wins; failing any, the first unclean one found.
    """
    by_length = options_by_length(linker, first, last, pieces)
    unclean: tuple[Seg, int, int] | None = None
    persons = person_names_within(linker, first, last) + particle_bonds(linker, first, last)
    for length in sorted(by_length, reverse=True):
        ranges = [
            r
            for r in sorted(by_length[length])
            if not cuts_person_name(*r, persons) and _worth_linking(linker, *r, length)
        ]
        linker.want(q for q in (linker.query_for(s0, s1) for s0, s1 in ranges) if q)
        found: list[tuple[float, int, Seg, int, int]] = []
        for s0, s1 in ranges:
            seg = linker.link(s0, s1)
            if seg.cand is None or patronymic_as_place(linker, s0, s1, seg.cand):
                continue
            # a lone word carved out of a longer span links only to a whole name
            if seg.partial and _lone_word(linker, s0, s1, length):
                continue
            # over a cut ("and", a head noun), only one name: else the pieces are names of their own
            if not one_name_across(linker, s0, s1, seg.cand):
                continue
            if _modifier_of_own_head(linker, s1, last, seg):
                continue
            found.append((seg.cand.score, -s0, seg, s0, s1))
        found.sort(key=lambda o: (-o[0], -o[1]))
        for _, _, seg, s0, s1 in found:
            if is_clean(seg.cand):
                return seg, s0, s1
            if unclean is None:
                unclean = (seg, s0, s1)
    return unclean
