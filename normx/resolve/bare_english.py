"""A bare word between two places of one Arabic name: the one English names bare.

OpenStreetMap holds a town and, beside it, a locality named after the same word with a head
before it: Khoms (الخمس) and "Qabilat al Khums" ("the tribe of Khums"), whose Arabic name the
mappers gave as الخمس too. The text's lone "Al-Khums" matches the locality's last word exactly
and the town a vowel apart, so the two score alike and the linker, rightly, calls no winner.
Arabic cannot tell them apart here (one name for both; contrast
:mod:`normx.resolve.bare_namesake`, where it does), but English does: one record is named by
the word alone, the other only by the word with more words before it, which the text did not
write. A writer who means "Qabilat al Khums" writes its head; the bare word is the town's.

The test is strict: every tied candidate is a place or body sharing an Arabic name with the
others; exactly one has an English name that is the text's word alone (spelled alike,
:data:`~normx.resolve.coref.WORD_MATCH`, the article aside); every other has no one-word
English name and ends one in the text's word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from normx.match.candidate import Candidate
from normx.resolve.coref import spelled_alike
from normx.resolve.lone_ties import settle_lone_ties
from normx.resolve.segment import Resolved
from normx.text.normalize import NAME, NameToken

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker
    from normx.resolve.runtime import Runtime


def _english_names(rt: Runtime, record_id: str) -> list[tuple[NameToken, ...]]:
    """The name words (articles and particles out) of each English name of the record, one
    tuple a name: the test asks how many words a name has, not only which."""
    rec = rt.normalizer.by_id.get(record_id)
    if rec is None:
        return []
    return [tuple(w for w in rt.core_words(n) if w.kind == NAME) for n in rec.names("en")]


def bare_english(rt: Runtime, form: str, close: tuple[Candidate, ...]) -> Candidate | None:
    """The one close candidate English names by the word *form* alone (see the module)."""
    if len(close) < 2 or len({c.id for c in close}) != len(close):
        return None
    if any(c.type == "PER" for c in close):
        return None
    words = rt.core_words(form)
    if len(words) != 1:
        return None
    arabic = [set(rt.arabic_names(c.id)) for c in close]
    if not arabic[0] or not set.intersection(*arabic):
        return None
    bare: list[Candidate] = []
    for c in close:
        names = [n for n in _english_names(rt, c.id) if n]
        if any(len(n) == 1 and spelled_alike(words[0], n) for n in names):
            bare.append(c)
        elif any(len(n) == 1 for n in names) or not any(
            spelled_alike(words[0], n[-1:]) for n in names
        ):
            return None
    return bare[0] if len(bare) == 1 else None


def bare_english_names(linker: SpanLinker, rt: Runtime, resolved: list[Resolved]) -> list[Resolved]:
    """*resolved* with each lone word left unlinked between places of one Arabic name linked
    to the one English names bare (:func:`bare_english`)."""
    return settle_lone_ties(
        linker,
        resolved,
        lambda unit, tied: bare_english(rt, unit.forms[-1], tied),
        "bare_english_of",
    )
