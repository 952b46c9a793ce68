"""Generic place words ("village", "qaryat"): data in ``normx/text/data/generic_words.yaml``,
with the place words that sources translate (vecchia, vieille -> old).

They tell what kind of place a name is, not which one, and sources add or drop them freely,
so the scorer gives them little weight (:func:`normx.match.score.token_weight`).
Titles and honorifics that open a person's name ("Sheikh", "Dr.", الشيخ) are the same kind of
word for persons: context, not identity (``normx/text/data/titles.yaml``).
"""

from __future__ import annotations

from functools import cache

from normx.text.resources import load_data


@cache
def generic_words() -> frozenset[str]:
    """The folded (or romanised) forms of the generic place words."""
    return frozenset(str(w) for w in load_data("generic_words.yaml")["place"])


@cache
def construct_heads() -> frozenset[str]:
    """The Arabic nouns (written with ة) whose ta marbuta is said t before the next word of a
    place or body name (زاوية بشارة Zawiyat Bishara): ``construct_heads`` of the data."""
    return frozenset(str(w) for w in load_data("generic_words.yaml").get("construct_heads") or ())


def is_generic(form: str) -> bool:
    """True if the token form *form* is a generic place word."""
    return form in generic_words()


@cache
def _translated() -> dict[str, str]:
    raw = load_data("generic_words.yaml").get("translated") or {}
    return {str(other): str(english) for english, forms in raw.items() for other in forms}


@cache
def _arabic_readings() -> dict[str, tuple[str, ...]]:
    raw = load_data("generic_words.yaml").get("arabic_readings") or {}
    out: dict[str, list[str]] = {}
    for arabic, forms in raw.items():
        for other in forms:
            out.setdefault(str(other), []).append(str(arabic))
    return {other: tuple(arabic) for other, arabic in out.items()}


def arabic_readings(form: str) -> tuple[str, ...]:
    """The romanised Arabic place words that the folded word *form* translates ("village" ->
    qria, "town" -> blda, mdina), else (): read as alternatives of the word, they pair a
    translated place word with the Arabic one (``arabic_readings`` of the data)."""
    return _arabic_readings().get(form, ())


@cache
def _compounds() -> dict[str, tuple[str, ...]]:
    raw = load_data("generic_words.yaml").get("compounds") or {}
    return {str(glued): tuple(str(p) for p in parts) for glued, parts in raw.items()}


def compound_parts(part: str) -> tuple[str, ...]:
    """The parts of a glued place or body word ("airbase" -> air, base) or of a fused
    preposition and article ("du" -> of, the), else (*part*,)."""
    return _compounds().get(part, (part,))


def english_place_word(part: str) -> str:
    """The English form of a translated place word ("vecchia" -> "old"), else *part*."""
    return _translated().get(part, part)


@cache
def _titles() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_data("titles.yaml")
    return (
        frozenset(str(w) for w in raw.get("latin") or ()),
        frozenset(str(w) for w in raw.get("arabic") or ()),
    )


@cache
def _after_title() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_data("titles.yaml").get("after_title") or {}
    return (
        frozenset(str(w) for w in raw.get("latin") or ()),
        frozenset(str(w) for w in raw.get("arabic") or ()),
    )


def grades_title(word: str, *, arabic: bool = False) -> bool:
    """True if *word* is an ordinal that grades the rank before it (Mulazim Awwal, ملازم أول):
    part of a title only right after a title word (``after_title`` in
    ``normx/text/data/titles.yaml``); alone it may be a name."""
    latin_words, arabic_words = _after_title()
    return word in (arabic_words if arabic else latin_words)


def is_title(word: str, *, arabic: bool = False) -> bool:
    """True if *word* (folded Latin, or Arabic as written) is a title or honorific that may
    open a name ("Sheikh", "Dr", "Col", الشيخ): data in ``normx/text/data/titles.yaml``."""
    latin_titles, arabic_titles = _titles()
    return word in (arabic_titles if arabic else latin_titles)
