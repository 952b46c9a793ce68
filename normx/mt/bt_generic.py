"""Generic place words in back-translated names: "Qaryat al Fayasilah", "Al Jarir Village".

A generic place word (village, town, qaryat, baldat, qabilat: :mod:`normx.text.generic`) says
what kind of place a name is, not which one, and sources write it or leave it out freely; the
spelling matcher gives it little weight (:data:`normx.match.score.GENERIC_WEIGHT`). The Arabic
side did not: the model spells "Village" قرية, which a gazetteer's الجرير lacks, so the word
weighed as much as the name (a common word's rarity weight is still near 1 among a few hundred
places) and, left unpaired, was a query word the match did not explain, which the guards read
as "part of another name" (:func:`normx.mt.bt_guards.spells_alike`,
:func:`~normx.mt.bt_guards.stands_alone`). Back-translation then never added to these names
(towns-xscript, session 16: 26 of the 83 right top-1 answers left below the threshold had one).

So when no Arabic reading holds the generic word as a word of its own beside the rest of the
name, the name is read through Arabic a second time as its other words alone: "Al Jarir
Village" as "Al Jarir", with every test the bare name meets (one word left is a one-word name,
answered through Arabic only near-exactly; its article rule), never more loosely. When some
reading does hold it (قرية السبايع for "Qaryat as Saba'is"), the word belongs to that place's
name and the name is read word for word only, as before.

The second reading leaves a query word out, so it only corroborates: its answer is taken when
it puts first the entity the spelling matcher puts first (raising it, typically above the
threshold: Al Jarir Village -> الجرير 0.72 -> 0.95), never to choose another (Qabilat an
Nattatat: the Latin side's انطاطات, not the النطات the bare guess spells; the bare name "an
Nattatat" keeps انطاطات too, where its Latin score is higher).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.match.candidate import Candidate
from normx.mt.arabic_match import ArabicMatch, ArabicMatcher, PartGuesses
from normx.text.generic import is_generic


def generic_parts(tokens: Sequence[str]) -> frozenset[int]:
    """Positions of the generic place words among the model's *tokens*; none when every part
    is one ("Village" alone names what it names)."""
    found = frozenset(i for i, t in enumerate(tokens) if is_generic(t))
    return found if len(found) < len(tokens) else frozenset()


def holds_generic(found: ArabicMatch, generic: frozenset[int]) -> bool:
    """True when *found* pairs a generic part as a word of its own and some other part too
    (قرية السبايع for "Qaryat as Saba'is"): the gazetteer's name holds the generic word."""
    alone = any(len(qu) == 1 and qu[0] in generic for qu, _, _, _ in found.pairs)
    other = any(any(i not in generic for i in qu) for qu, _, _, _ in found.pairs)
    return alone and other


def without_generic(
    arabic: ArabicMatcher,
    tokens: Sequence[str],
    parts: Sequence[PartGuesses],
    found: Sequence[ArabicMatch],
    *,
    top: int,
    type: str | None,
    min_score: float,
) -> tuple[list[str], list[PartGuesses], list[ArabicMatch]] | None:
    """(tokens, parts, matches) of the name read through Arabic without its generic words, or
    None when it has none or a reading in *found* holds one (see the module docstring)."""
    generic = generic_parts(tokens)
    if not generic or len(parts) != len(tokens) or not all(p.guesses for p in parts):
        return None
    if any(holds_generic(m, generic) for m in found):
        return None
    keep = [i for i in range(len(tokens)) if i not in generic]
    named = [parts[i] for i in keep]
    bare = arabic.match(named, top=top, type=type, min_score=min_score)
    return [tokens[i] for i in keep], named, bare


def corroborating(
    bare: list[Candidate], whole: list[Candidate], latin_first: Callable[[], list[Candidate]]
) -> list[Candidate]:
    """*bare* (the answer read without the generic words) when it differs from *whole* (read
    word for word) and puts first the entity the spelling matcher puts first (*latin_first*,
    asked only then), else *whole*."""
    if not bare or bare == whole:
        return whole
    first = latin_first()
    return bare if first and bare[0].id == first[0].id else whole
