"""Partial and repeated names resolved to entities the same document names in full.

Translated news names a person or body in full once ("Khaled Al-Mashri", "Government of
National Accord") and then in part ("al-Mishri", "Akar", "Accord forces", "State Council",
"Al-Wefaq"). A partial mention (one name word, or words the matcher could not place alone)
resolves to an entity mentioned in full in the document when every one of its name words
matches a word of one of that entity's names (English or Arabic, through the shared phonetic
key space) or of the surface forms the document used for it. Antecedents before the mention
are tried first, most recent first; then those after it (a headline names "Haftar" before the
article introduces "Khalifa Haftar"). A partial name with no antecedent keeps only what the
matcher alone gave it, which for one word is held to a stricter standard
(:mod:`normx.resolve.linker`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from normx.match.candidate import Candidate
from normx.match.score import token_similarity
from normx.text.normalize import NameToken
from normx.text.phonetic import phonetic_key

WORD_MATCH = 0.85  # token similarity for a partial name word to count as the same word


@dataclass(frozen=True, slots=True)
class Antecedent:
    """A fully named entity at a position in the document, with the words of its names."""

    position: int
    cand: Candidate
    surface: str
    words: tuple[tuple[NameToken, bool], ...]  # (token, cross-script)


def query_tokens(forms: Sequence[str]) -> tuple[NameToken, ...]:
    return tuple(NameToken(f, phonetic_key(f)) for f in forms)


def covers(query: tuple[NameToken, ...], words: tuple[tuple[NameToken, bool], ...]) -> bool:
    """True when every query word matches some word of the antecedent."""
    if not query:
        return False
    for q in query:
        if not any(
            token_similarity(q, w, cross_script=cross)[0] >= WORD_MATCH for w, cross in words
        ):
            return False
    return True


def find_antecedent(
    position: int,
    query: tuple[NameToken, ...],
    antecedents: Sequence[Antecedent],
    only_type: str | None = None,
) -> Antecedent | None:
    """The nearest antecedent covering *query*: earlier ones first (most recent), then later.

    ``only_type`` restricts antecedents to one entity type (a name ending in a body head noun,
    "State Council", refers to an organisation, whatever else shares its words).
    """
    before = [a for a in antecedents if a.position < position]
    after = [a for a in antecedents if a.position > position]
    for ante in [*reversed(before), *after]:
        if only_type is not None and ante.cand.type != only_type:
            continue
        if covers(query, ante.words):
            return ante
    return None
