"""A name that opens with "son of" is no place whose names never say it: "Bin Hamid" is not
the village Hamid.

"The director of the Central Hospital of Misrata, Mustafa Bin Hamid, said ... And Bin Hamid
said that the hospital lost ...": the man's family name with its particle (بن, DOMAIN.md §2),
said short as news says a surname. The matcher reads a particle as no distinctive word, and
among 40,000 places the village Hamid is the rest spelled exactly; the short name became a
village (v38, twice). Places that open with the particle hold it in their own names (Bin
Jawad, Ben Guerdane, Bin Ghashir); a place named by the word after it alone is another name.

The particle inside a name says the same: "Walid Ben Omran, a shopkeeper" is a man (given
name, particle, family name), not the village Awlad Omran the matcher found a few letters
away (articles-v50). So a segment holding a bin particle with a word after it, linked to a
place (any method) none of whose English names as matched or canonical, nor its Arabic one,
holds the particle (:func:`normx.resolve.nasab_unsaid.holds_particle`), is left unlinked:
the words are a person's name the gazetteer lacks. Persons and bodies are not judged here
(:mod:`normx.resolve.nasab_unsaid` reads persons).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.resolve.nasab_unsaid import holds_particle, is_bin
from normx.resolve.segment import Resolved
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def nasab_places_unlinked(
    linker: SpanLinker, rt: Runtime, resolved: list[Resolved]
) -> list[Resolved]:
    """*resolved* with each "Bin <name>" ("Walid Ben Omran") linked to a place without the
    particle unlinked (see the module docstring)."""
    out = resolved
    for k, (seg, cand, _) in enumerate(resolved):
        if cand is None or cand.type != "LOC":
            continue
        words = fold(linker.surface(seg.first, seg.last)).replace("-", " ").split()
        if not any(is_bin(w) for w in words[:-1]):
            continue
        if holds_particle(
            (cand.name, cand.matched or "", *(" ".join(n) for n in rt.arabic_names(cand.id)))
        ):
            continue
        if out is resolved:
            out = list(resolved)
        out[k] = (seg, None, {})
    return out
