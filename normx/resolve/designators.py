"""Designators: the words that say what kind of place a name is ("District", "air base").

A place name and a designator make the name of a place, a facility or a body: "Jufra
District", "Al Jufra Air Base", "Sharara oil field". English keeps the designator or drops it,
writes it in lower case ("the Al-Wattiya air base"), glued or apart ("airbase"), or once for
two names ("the Sharara and El-Feel fields"). These helpers read the designator lists of
``normx/detect/data/heads.yaml`` (``features``, ``administrative``, ``kin``) and the glued
forms of ``normx/text/data/generic_words.yaml``; the rules that use them live in
:mod:`normx.resolve.decision` and :mod:`normx.resolve.references`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from normx.detect.lexicon import detect_data
from normx.text.latin import fold
from normx.text.particles import particle_table
from normx.text.resources import load_data


def _heads() -> Any:
    return detect_data("heads.yaml")


@cache
def feature_order() -> tuple[str, ...]:
    """Natural feature words, in the data's order of precedence (folded)."""
    return tuple(fold(str(w)) for w in _heads().get("features") or ())


@cache
def administrative_words() -> frozenset[str]:
    """Designators of an administrative unit ("district", "governorate"), folded."""
    return frozenset(fold(str(w)) for w in _heads().get("administrative") or ())


@cache
def seated_heads() -> frozenset[str]:
    """Body heads of bodies named by their seat ("Military Council of Zuwara"), folded."""
    return frozenset(fold(str(w)) for w in _heads().get("seated") or ())


@cache
def seated_apart_in() -> frozenset[str]:
    """Seated heads whose body and a town after "in" are two names ("the Supreme Court in
    Tripoli", "the Authority of the Passports in Tarabulus"), folded (``seated_apart_in`` of
    ``heads.yaml``)."""
    return frozenset(fold(str(w)) for w in _heads().get("seated_apart_in") or ())


@cache
def seated_french_heads() -> frozenset[str]:
    """French heads of bodies named by their seat, written in lower case ("conseil"), folded
    (``seated_french`` of ``heads.yaml``)."""
    return frozenset(fold(str(w)) for w in _heads().get("seated_french") or ())


@cache
def mission_heads() -> tuple[str, ...]:
    """Heads of a diplomatic mission ("embassy", "consulate general"), lower case as written,
    longest first (``missions`` of ``heads.yaml``)."""
    words = (str(w).lower() for w in _heads().get("missions") or ())
    return tuple(sorted(words, key=len, reverse=True))


@cache
def unit_cues() -> dict[str, tuple[str, ...]]:
    """Lower-case words other than a designator that say an administrative unit before "of"
    ("the governor of", "the state of", "gouvernorat de"), each with the designators of the
    units it may mean, in order (folded)."""
    cues = _heads().get("unit_cues") or {}
    return {fold(str(k)): tuple(fold(str(u)) for u in v or ()) for k, v in cues.items()}


@cache
def unit_after() -> dict[str, tuple[str, ...]]:
    """Lower-case designators that, written right after a place name ("the Medenine
    province"), make it the unit, each with the designators to try in order (folded)."""
    after = _heads().get("unit_after") or {}
    return {fold(str(k)): tuple(fold(str(u)) for u in v or ()) for k, v in after.items()}


@cache
def kin_words() -> frozenset[str]:
    """Nouns of a descent group ("tribe", "clan"), folded."""
    return frozenset(fold(str(w)) for w in _heads().get("kin") or ())


def name_words(name: str) -> list[str]:
    """The folded words of a name, hyphens as spaces, without a leading article ("Al-Jufra"
    and "Jufra" are one name)."""
    words = fold(name).replace("-", " ").split()
    articles = particle_table().by_kind["article"].forms
    if len(words) > 1 and words[0] in articles:
        words = words[1:]
    return words


@cache
def designator_words() -> frozenset[str]:
    """Every word the data lists as saying what kind of place or body a name is: body and
    unit heads, natural features, administrative units, and the parts of glued designators
    ("oilfield": oil, field), folded."""
    heads = _heads()
    out: set[str] = set()
    for key in ("body", "unit", "facility", "features", "administrative"):
        out.update(fold(str(w)) for w in heads.get(key) or ())
    glued = load_data("generic_words.yaml").get("compounds") or {}
    for word, parts in glued.items():
        out.add(fold(str(word)))
        out.update(fold(str(p)) for p in parts or ())
    return frozenset(out)
