"""One table of countries and their demonyms (English, French), read by detection and resolution.

"Libyan", "Egyptian", "Turkish" describe; they do not mention the country. Detection needs
the words (a span made only of demonyms is no mention, one at a span's start is context:
``normx/detect/data/demonyms.yaml``), and resolution needs the country each one names ("the
Egyptian Al-Ahly Club" places a namesake club in Egypt: :mod:`normx.resolve.seat_country`).
Two lists of the same words drift apart, so the country -> demonyms table
(``data/country_demonyms.yaml``, with its sources) is the one place a country's demonym is
written, and detection adds its one-word demonyms to the words only detection needs (plurals,
peoples, other countries, "Western", "Islamic": the detect file's own list).

A demonym names the people, not the place, in every language the table holds: "la majorité
des Libyens" of French copy is no mention of Libya, as "most Libyans" is none (session 25
linked "Libyens" to Libya through the gloss lexicon's French entry, whose Arabic renderings
hold ليبيا for the names it glosses: "Banque libyenne"). French writes the adjective after its
noun in lower case ("Centre libyen pour la liberté de la presse", "Fédération libyenne"), a
word of a French name detection must keep, and the noun of people capitalised ("les
Libyens"); so the French forms are not detection's demonyms (a first version that made them
so cut "Fédération libyenne" to "Fédération" and left "libyen pour" a span) but its
``people_nouns``: a capitalised one is context, and a span made only of context is no mention
(:func:`normx.resolve.context_words.only_context`). The gloss's French entries stay (a French
body name needs them).

The gloss lexicon (``normx/mt/data/gloss.yaml``) keeps its own demonym entries: it needs each
word's Arabic renderings (المصري, المصرية) and a source per entry, which this table has not;
tests/gazetteer/test_demonyms.py checks the two agree where they meet.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from normx.text.latin import fold

__all__ = ["DATA", "country_demonyms", "demonym_table", "demonym_words"]

DATA = Path(__file__).with_name("data") / "country_demonyms.yaml"


@cache
def demonym_table() -> dict[str, dict[str, tuple[str, ...]]]:
    """English country name (as the shipped country files write it) -> language -> its
    demonyms in that language, as written ("Saudi Arabia": {"en": ("Saudi", "Saudi Arabian"),
    "fr": ("saoudien", ...)})."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {
        str(country): {str(lang): tuple(map(str, words or ())) for lang, words in langs.items()}
        for country, langs in raw.items()
    }


@cache
def country_demonyms(lang: str = "en") -> dict[str, tuple[str, ...]]:
    """English country name -> its demonyms in *lang* (English by default: what
    :mod:`normx.resolve.seat_country` reads before a name); a country the table gives no
    *lang* row maps to ()."""
    return {country: langs.get(lang, ()) for country, langs in demonym_table().items()}


@cache
def demonym_words(lang: str = "en") -> frozenset[str]:
    """The table's one-word demonyms in *lang*, folded. English ones are the words detection
    reads as demonyms (adjectives before a name: context); a longer demonym ("Saudi Arabian")
    starts with a one-word one, and its other words ("Arabian") also spell names ("Arabian
    Gulf Oil Company"), so they are not demonyms on their own. French ones are read only as
    nouns (:attr:`normx.detect.lexicon.Lexicon.people_nouns`)."""
    return frozenset(
        fold(word)
        for langs in demonym_table().values()
        for word in langs.get(lang, ())
        if " " not in word
    )
