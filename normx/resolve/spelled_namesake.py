"""A bare family name shared by namesakes the gazetteer spells differently: no winner.

Two men of one family name, spelled alike ("Khalifa Haftar", "Saddam Haftar"), tie on a bare
"Haftar" the document gives no antecedent for, and the linker rightly links neither. Spelled
differently ("Abdul Hamid Dbeibeh", "Ali Ibrahim Dbeibah": both الدبيبة), a bare "Dbeibah"
matches one of them only, by the accident of which romanisation each record's source chose:
the other record's "Dbeibeh" is the same Arabic word, and the text's spelling says nothing
about which man is meant (the translator wrote the name as the one record's source did, or
as neither did). So a one-word person name linked by spelling alone, with no antecedent, is
left unlinked when another person's Arabic names hold the same family name (the last word of
an Arabic name of the winner's) and his English names a word of the same sound key as the
text's: the two are namesakes, as alike as the Haftars. The document may settle it: when it
links one of them elsewhere, that one is meant (the first it names).

A winner without Arabic names, or namesakes whose Arabic family names differ (a real
difference in the source language), keep the link as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.segment import DOCUMENT_LINK_KEYS, Resolved
from normx.text.phonetic import phonetic_key

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime

# links the document made stand, a bare namesake (or a family's head) settled among them
_DOCUMENT_KEYS = (*DOCUMENT_LINK_KEYS, "bare_namesake_of", "family_head_of", "family_bearer")


def family_words(rt: Runtime, record_id: str) -> frozenset[str]:
    """The last words of the entity's Arabic names of two words or more (its family names)."""
    return frozenset(n[-1] for n in rt.arabic_names(record_id) if len(n) > 1)


def spelled_namesakes(
    rt: Runtime, form: str, winner: Candidate, match: Callable[[str], list[Candidate]]
) -> tuple[str, ...]:
    """Ids of the other persons whose Arabic family name is one of *winner*'s and whose English
    names hold a word that sounds as the text's folded word *form*."""
    families = family_words(rt, winner.id)
    if not families:
        return ()
    key = phonetic_key(form)
    found: list[str] = []
    for family in sorted(families):
        for cand in match(family):
            if cand.type != "PER" or cand.id == winner.id or cand.id in found:
                continue
            if family not in family_words(rt, cand.id):
                continue
            if any(phonetic_key(w) == key for w in rt.english_words(cand.id)):
                found.append(cand.id)
    return tuple(found)


def untie_spelled_namesakes(
    linker: SpanLinker,
    rt: Runtime,
    resolved: Sequence[Resolved],
    match: Callable[[str], list[Candidate]],
) -> list[Resolved]:
    """*resolved* with each bare one-word person name linked by spelling alone left unlinked
    between namesakes (or linked to the one of them the document links elsewhere)."""
    out = list(resolved)
    linked_at: dict[str, int] = {}
    for k, (_seg, cand, _ev) in enumerate(resolved):
        if cand is not None:
            linked_at.setdefault(cand.id, k)
    for k, (seg, cand, evidence) in enumerate(resolved):
        if cand is None or cand.type != "PER" or seg.phrase or seg.generic:
            continue
        if any(key in evidence for key in _DOCUMENT_KEYS):
            continue
        units = linker.name_units(seg.first, seg.last)
        if len(units) != 1 or len(units[0].forms) != 1:
            continue
        if any(
            j != k for j, (_s, c, _e) in enumerate(resolved) if c is not None and c.id == cand.id
        ):
            continue  # the document names the winner elsewhere
        others = spelled_namesakes(rt, units[0].forms[0], cand, match)
        if not others:
            continue
        named = sorted((linked_at[i], i) for i in others if i in linked_at)
        if named:
            chosen = resolved[named[0][0]][1]
            out[k] = (seg, chosen, {**evidence, "namesake_of": cand.id})
        else:
            extra = {**evidence, "spelled_namesakes": [cand.id, *others]}
            extra.pop("matched", None)
            out[k] = (seg, None, extra)
    return out
