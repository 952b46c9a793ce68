"""A family name that carries "Ben", written apart: "Fatou Ben Souda" for Fatou Bensouda.

بن ("son of") stands between a given name and the father's (DOMAIN.md §2), and the matcher
reads a free "Ben", "Bin" or "Ibn" so: a connector, optional in matching (``particles.yaml``,
``bin``), "Fatou Ben Souda" is asked as "Fatou Souda". But Maghreb family names hold the word
as their first syllable, written as one word in Latin and in Arabic (بنسودة, Bensouda;
Benkirane, Benjelloun), and a translation may split it again. Asked without it, the name is a
word short of the one the gazetteer spells, and finds nothing.

So an unlinked name of three words or more in which a free "Ben"/"Bin"/"Ibn" (not the first
word) stands before a capitalised name word is asked again with the two written as one word
("Fatou Bensouda"); a person whose name the glued words spell (exactly, or after
normalisation), with no rival close and every word of the query explained, is the link. Names
the first asking links, and a "Ben" that ends the name, are left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import clear_best
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.segment import Resolved, is_clean, linked_evidence

if TYPE_CHECKING:
    from normx.detect.tokens import Token
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

MARGIN = 0.05  # no second candidate this close
BEN = frozenset({"ben", "bin", "ibn"})  # the free spellings of بن a family name may begin with
GLUED = ("Ben", "Bin")  # its spellings inside a family name written as one word (Bensouda)
MIN_WORDS = 3  # a given name, the particle and the rest of the family name
# the glued name spelled as the gazetteer spells it: only the space was the translation's (a
# likeness of the glued word finds some namesake among tens of thousands of names: "Naïma
# Benammar" ~ a distractor, with 40,000 of them loaded)
SPELLED = frozenset({"exact", "normalised"})


def particles_apart(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each unlinked name holding a free "Ben" before a name word linked to the
    person whose name writes the two as one word (see the module)."""
    out: list[Resolved] = []
    tokens = linker.tokens
    for seg, cand, evidence in resolved:
        if cand is None and not (seg.phrase or seg.generic):
            span = tokens[seg.first : seg.last + 1]
            for glued in _glued(linker.text, span):
                best = clear_best(rt.match(glued), NO_MATCH_THRESHOLD, MARGIN)
                if (
                    best is not None
                    and best.type == "PER"
                    and best.method in SPELLED
                    and is_clean(best)
                ):
                    cand = best
                    evidence = linked_evidence(
                        evidence, {"particle_apart": glued, "matched": best.matched}
                    )
                    break
        out.append((seg, cand, evidence))
    return out


def _glued(text: str, span: list[Token]) -> list[str]:
    """The span's words with the first free Ben before a capitalised word joined to it, as
    written and then with the particle's other vowel ("Bin Khaldoun": "Binkhaldoun",
    "Benkhaldoun"; the vowel of بن is a guess, DOMAIN.md §1); none when the span has no such
    Ben (or is too short to be a given name and a family name)."""
    if len(span) < MIN_WORDS:
        return []
    for k in range(1, len(span) - 1):
        tok, nxt = span[k], span[k + 1]
        if (
            tok.form in BEN
            and tok.cap
            and nxt.cap
            and not nxt.hyphen_before
            and text[tok.end : nxt.start] == " "
        ):
            before = text[span[0].start : tok.start]
            after = text[nxt.end : span[-1].end]
            rest = nxt.text.lower()
            spellings = [tok.text, *(p for p in GLUED if p.lower() != tok.form)]
            return [f"{before}{p}{rest}{after}" for p in spellings]
    return []
