"""A body linked by its name less an unsaid qualifier gives way to a namesake the text places.

Gazetteers from Wikipedia titles keep namesake clubs apart by a qualifier in both languages:
"Al-Hilal Club (Omdurman)" (نادي الهلال (أم درمان)) and "Al-Hilal SC (Benghazi)" (نادي الهلال
(بنغازي)). The matcher reads a title without its qualifier too
(:mod:`normx.gazetteer.titles`), so "Al-Hilal Club" in a Benghazi report spells the Omdurman
club's bare title letter for letter, while Benghazi's club, whose kind word is "SC", is
reached by the Arabic gloss of the same words (نادي الهلال) a little below. The kind word is
how one translation renders نادي, not the club's identity; the qualifier is. When the
document never says (nor links, :func:`~normx.resolve.said_words.linked_place_names`) the
qualifier of the linked body, and exactly one other body the matcher finds for the same words,
named from the same opening word, has a qualifier the document says, the text means that
one, as :func:`~normx.resolve.said_words.said_by_words` decides namesakes that tie.
Session 23 (h-v39fix23).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.said_words import english_name, linked_place_names, opening_key
from normx.resolve.unsaid_qualifier import english_qualifier, said_in
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.match.candidate import Candidate
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime
    from normx.resolve.segment import Resolved, Seg

METHOD = "exact"  # only a name spelled whole is overruled: a likeness is judged elsewhere


def placed_namesakes(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each body linked by a bare title whose qualifier the document never
    says relinked to the one namesake whose qualifier it says (see the module docstring)."""
    records = rt.normalizer.by_id
    named: frozenset[str] | None = None
    out: list[Resolved] = []
    for seg, cand, evidence in resolved:
        if cand is not None and cand.type == "ORG" and cand.method == METHOD:
            record = records.get(cand.id)
            qualifier = english_qualifier(record) if record is not None else None
            if qualifier is not None:
                if named is None:
                    named = linked_place_names(records, (c.id for _, c, _ in resolved if c))
                if not _said(linker.text, qualifier, named):
                    found = _placed(linker, rt, seg, cand.id, named)
                    if found is not None:
                        cand = found
                        evidence = {
                            **evidence,
                            "matched": found.matched,
                            "qualifier_unsaid": qualifier,
                        }
        out.append((seg, cand, evidence))
    return out


def _said(text: str, words: str, named: frozenset[str]) -> bool:
    return said_in(text, words) or fold(words) in named


def _placed(
    linker: SpanLinker, rt: Runtime, seg: Seg, linked_id: str, named: frozenset[str]
) -> Candidate | None:
    """The one other body the segment's words reach whose qualifier the document says."""
    surface = linker.surface(seg.first, seg.last)
    opening = opening_key(surface)
    found: Candidate | None = None
    for cand in rt.match(surface):
        if cand.id == linked_id or cand.type != "ORG" or cand.score < NO_MATCH_THRESHOLD:
            continue
        record = rt.normalizer.by_id.get(cand.id)
        qualifier = english_qualifier(record) if record is not None else None
        if qualifier is None or not _said(linker.text, qualifier, named):
            continue
        if opening is None or opening_key(english_name(cand)) != opening:
            continue
        if found is not None and found.id != cand.id:
            return None  # two namesakes placed: the text does not say which
        found = cand
    return found
