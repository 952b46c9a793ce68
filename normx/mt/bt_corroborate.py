"""Two witnesses of one partial reading: a decisive, spelled Arabic reading the spelling
matcher puts first too is accepted at the threshold.

The guards (:mod:`normx.mt.bt_guards`) add the Arabic score to a Latin candidate only when the
guesses read the whole query and the whole name (:func:`~normx.mt.bt_guards.spells_alike`): a
partial reading says what the Latin spelling already said. Session 33 (h-bt, ``bt_xscript``
on persons-xscript with back-translation) counted where the right answers left below the
threshold stand: of the 98 queries whose top-1 was right but under 0.75, the Arabic side put
the gold first in 94, and in 55 of them it was decisive (:func:`~normx.mt.bt_decisive.decisive`:
0.15 above every other entity) for the entity the answer already held. Those 55 held 10 wrong
answers (Hamza al-Darnawi x7, an alias whose gold the gazetteer lacks, read as عدوية حمزة
الدرقاوي; Sherif Ataf; Abubakar Reyes), and every one of them paired a query part with a
name word it only resembles (similarity under :data:`~normx.mt.bt_guards.SPELLED`). Where every
pairing *spells* its word, the query is a longer or shorter form of the name (Omar Muammar
Gaddafi / معمر القذافي, a given name the list adds; Muhammad Yunis Ahmed Al-Moali / محمد يونس
أحمد; DE LOS REYES, Feliciano / فلسيانو سمبوريو ديلوس رييس الإبن), and all 22 were right;
towns-xscript 4 of 4 (Village Bin Telles, Abu Surrah / أبو صرة الزاوية).

So when no candidate reaches the threshold, a name of two parts or more whose decisive Arabic
reading (a) names the entity the spelling matcher alone puts first, (b) spells every word it
pairs (>= :data:`~normx.mt.bt_guards.SPELLED`), (c) pairs at least :data:`MIN_WORDS` words of
the name, (d) scores at least :data:`FLOOR` and (e) pairs some query part that is not a
common given name (:func:`beyond_given_names`) gets that entity scored at the threshold
(``method="backtranslate"``, explained with ``"corroborated": True`` and the Latin score).
Two witnesses that disagree, or a reading that only resembles, change nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, PartGuesses
from normx.mt.bt_decisive import decisive
from normx.mt.bt_evidence import through_arabic
from normx.mt.bt_guards import SPELLED
from normx.mt.bt_order import BACKTRANSLATE
from normx.text.resources import word_list

MIN_WORDS = 2  # name words the reading pairs: one shared word is a namesake's as often
FLOOR = 0.6
"""The reading's own score at least: the Arabic readings are gathered down to 0.45 at the
default threshold (``ARABIC_FLOOR_SHARE`` x 0.75) and down to 0 at ``min_score=0``; a reading
of 0.6 or more has every rival within :data:`~normx.mt.bt_decisive.DECISIVE_MARGIN` among the
readings either way, so a name is lifted alike at both (Muthanna Harith Sulayman Al-Dari,
0.554, is not)."""


@cache
def _given_names() -> frozenset[str]:
    """Common given names (``normx/resolve/data/given_names.yaml``, folded Latin forms)."""
    return frozenset(word_list("normx.resolve", "given_names.yaml", "given_names"))


def beyond_given_names(found: ArabicMatch, tokens: Sequence[str]) -> bool:
    """True when some query part *found* pairs is not a common given name: "Ahmed Mohammed"
    (a nil person, articles-v3) reads أحمد ... امحمد of Ahmad Oumar Imhamad al-Fitouri, two
    words half the men of a gazetteer may hold, which no second witness makes a person."""
    given = _given_names()
    return any(
        tokens[i].replace("-", "") not in given and tokens[i] not in given
        for qu, _, _, _ in found.pairs
        for i in qu
        if i < len(tokens)
    )


def spelled_reading(found: ArabicMatch) -> bool:
    """True when every pairing of *found* spells its name words and at least
    :data:`MIN_WORDS` distinct name words are paired."""
    words = {w for _, _, nu, _ in found.pairs for w in nu}
    return (
        bool(found.pairs)
        and len(words) >= MIN_WORDS
        and all(sim >= SPELLED for _, _, _, sim in found.pairs)
    )


def corroborated(
    candidates: Sequence[Candidate],
    latin_first: Callable[[], Sequence[Candidate]],
    readings: Sequence[ArabicMatch],
    parts: Sequence[PartGuesses],
    tokens: Sequence[str],
    records: Sequence[Any],
    *,
    threshold: float,
    min_score: float,
    top: int,
) -> list[Candidate]:
    """*candidates* with the entity the spelling matcher puts first (*latin_first*: its top
    candidate at any score, asked only when needed) lifted to *threshold* and put first when a
    decisive, spelled Arabic reading names it too and no candidate reaches *threshold* (see
    the module). The result is the same at ``min_score=0`` and at the threshold."""
    if (candidates and candidates[0].score >= threshold) or len(tokens) < 2:
        return list(candidates)
    if threshold < min_score:
        return list(candidates)
    found = decisive(readings, len(tokens), parts)
    if found is None or found.score < FLOOR or not spelled_reading(found):
        return list(candidates)
    if not beyond_given_names(found, tokens):
        return list(candidates)
    rec = records[found.entity]
    latin = latin_first()
    if not latin or latin[0].id != rec.id:
        return list(candidates)
    detail = {
        **through_arabic(found, parts, tokens),
        "latin_score": round(latin[0].score, 4),
        "corroborated": True,
    }
    first = Candidate(
        rec.id, rec.canonical, rec.type, round(threshold, 6), found.name, BACKTRANSLATE, detail
    )
    return [first, *(c for c in candidates if c.id != rec.id)][:top]
