"""A facility named with a head English uses for the same kind of place: "the Labraq airfield".

English calls one place an airport, an airfield, an airstrip or an aerodrome, and a gazetteer
holds it under one of them (airportsdata calls every field "Airport"). A name said with a
lower-case head ("the Labraq airfield") is matched with that head (:mod:`normx.resolve.
pipeline`, ``_headed_match``); when the head as written finds nothing, the name is matched again
with the head's kin (``kin_heads`` of ``normx/detect/data/heads.yaml``), and an entity whose
names hold the kin counts as named with the head. The head written stays in the mention.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import cache

from normx.detect.lexicon import detect_data
from normx.match.candidate import Candidate
from normx.text.latin import fold


@cache
def kin_heads() -> dict[str, tuple[str, ...]]:
    """Folded head -> the folded heads that name the same kind of facility."""
    raw = detect_data("heads.yaml").get("kin_heads") or {}
    return {fold(str(k)): tuple(fold(str(v)) for v in vs) for k, vs in raw.items()}


def match_with_kin(
    match: Callable[[str], list[Candidate]], phrase: str, head: str, threshold: float
) -> list[Candidate]:
    """*match* of *phrase* (whose last word is the folded *head*); when nothing reaches
    *threshold*, of *phrase* with the head replaced by each kin in turn, the first that does."""
    found = match(phrase)
    if found and found[0].score >= threshold:
        return found
    stem = phrase[: len(phrase) - len(phrase.split()[-1])] if phrase.split() else phrase
    for kin in kin_heads().get(head, ()):
        other = match(stem + kin)
        if other and other[0].score >= threshold:
            return other
    return found


def named_with_kin(head: str, words: Collection[str]) -> bool:
    """An entity whose name words (*words*, folded) hold a kin of the folded *head*."""
    return any(k in words for k in kin_heads().get(head, ()))
