"""Peoples and tribes: the bare name a people's title stands for, and a tribe's plural.

Gazetteers built from Wikipedia titles hold a people as "X people" ("Tuareg people", "Toubou
people", "Fur people") and some tribes as "X tribe": the title adds the head noun only to keep
the people apart from its language or a place. Texts write the bare X ("the Tuareg", "Tebu
fighters", "the Toubou of Murzuq"). Matched as written, "Toubou" is only partly said by
"Toubou people" and ties with every body named after the people ("Toubou Front for the
Salvation of Libya"). :func:`people_bare` gives the bare form, which
:func:`normx.gazetteer.titles.with_bare_titles` adds like the bare form of a qualified title
(not when another record holds it as written). Spelling variants ("Tebu", "Tubu", "Tabu") are
then the matcher's business, as for any name.

A tribe's Arabic name is the plural of its members' nisba (القذاذفة Qadhadhfa / القذافي
Qadhafi, الورفلة Warfalla / الورفلي Werfalli): the plural ends in ة (-a, -ah), the nisba in ي
(-i, -y). :func:`plural_of_nisba` tells a lone word spelled as the plural ("the Gaddadfa")
from the family name of a person the document named ("Muammar Gaddafi").

The word lists are data (``data/peoples.yaml``).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from normx.text.latin import fold

__all__ = [
    "is_people_name",
    "member_nouns",
    "people_bare",
    "plural_of_nisba",
    "tribe_nouns",
    "tribe_openers",
    "tribe_shaped",
]

DATA = Path(__file__).with_name("data") / "peoples.yaml"
_NAME_WORD = re.compile(r"^[A-ZÀ-Þ][\w'’-]*$")
MAX_NAME_WORDS = 3  # "Kel Ajjer people"; a longer name before "people" is a body's


@cache
def _data() -> dict[str, tuple[str, ...]]:
    """``data/peoples.yaml``, read once: every list is asked for each span's neighbours."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {k: tuple(str(w) for w in v) for k, v in raw.items()}


@cache
def tribe_nouns() -> frozenset[str]:
    """Lower-case nouns that make the bare name next to them a tribe ("the Zwaya tribe")."""
    return frozenset(_data()["tribe_nouns"])


@cache
def member_nouns() -> frozenset[str]:
    """Lower-case nouns of one person or thing a demonym before them describes ("a Tebu
    military commander"): the demonym is an adjective there, not the people."""
    return frozenset(_data()["member_nouns"])


@cache
def tribe_openers() -> tuple[str, ...]:
    """Lower-case phrases that open a tribe's name ("sons of the Zuwaya"), longest first."""
    return tuple(sorted(_data()["tribe_openers"], key=len, reverse=True))


def people_bare(text: str, kind: str) -> str | None:
    """The bare name of a people's or tribe's title ("Tuareg people" -> "Tuareg", "Zuwayya
    tribe" -> "Zuwayya"); None for any other name, a person's, or a longer body's ("Council
    of the Tuareg people" has a lower-case word before the tail)."""
    if kind == "PER":
        return None
    words = text.split()
    if len(words) < 2 or words[-1] not in _data()["tails"]:
        return None
    name = words[:-1]
    if len(name) > MAX_NAME_WORDS or not all(_NAME_WORD.match(w) for w in name):
        return None
    return " ".join(name)


def is_people_name(text: str | None) -> bool:
    """Whether a canonical English name is a people's or tribe's title ("Toubou people")."""
    return bool(text) and people_bare(text or "", "ORG") is not None


def tribe_shaped(name: str) -> bool:
    """A body's one-word name with a plural ending ("Warfalla", "Magarha", الورفلة): a tribe's
    shape, which texts write with the article or without ("the Al-Warfalla"), whatever the
    gazetteer's Arabic name does (English adds "Al-" for the collective: آل, بنو)."""
    words = name.split()
    if len(words) != 1:
        return False
    word = fold(words[0]).lower()
    return word.endswith(("ة", "ه")) or any(word.endswith(e) for e in _data()["plural_endings"])


def plural_of_nisba(word: str, name_word: str) -> bool:
    """Whether *word* ends in a plural ending (-a, -ah) where *name_word*, the person's name
    word it resembles, ends in a nisba ending (-i, -y): "Gaddadfa" / "Gaddafi", "Warfalla" /
    "Werfalli" are a tribe and one of its members, two words (ة against ي)."""
    w, n = fold(word).lower(), fold(name_word).lower()
    data = _data()
    return any(w.endswith(e) for e in data["plural_endings"]) and any(
        n.endswith(e) and not n.endswith("a" + e) for e in data["nisba_endings"]
    )
