"""One table of countries and their English demonyms, read by detection and resolution.

"Libyan", "Egyptian", "Turkish" describe; they do not mention the country. Detection needs
the words (a span made only of demonyms is no mention, one at a span's start is context:
``normx/detect/data/demonyms.yaml``), and resolution needs the country each one names ("the
Egyptian Al-Ahly Club" places a namesake club in Egypt: :mod:`normx.resolve.seat_country`).
Two lists of the same words drift apart, so the country -> demonyms table
(``data/country_demonyms.yaml``, with its sources) is the one place a country's demonym is
written, and detection adds its one-word demonyms to the words only detection needs (plurals,
peoples, other countries, "Western", "Islamic": the detect file's own list).

The gloss lexicon (``normx/mt/data/gloss.yaml``) keeps its own demonym entries: it needs each
word's Arabic renderings (المصري, المصرية) and a source per entry, which this table has not;
tests/gazetteer/test_demonyms.py checks the two agree where they meet.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from normx.text.latin import fold

__all__ = ["DATA", "country_demonyms", "demonym_words"]

DATA = Path(__file__).with_name("data") / "country_demonyms.yaml"


@cache
def country_demonyms() -> dict[str, tuple[str, ...]]:
    """English country name (as the shipped country files write it) -> its English demonyms,
    as written ("Saudi Arabia": ("Saudi", "Saudi Arabian"))."""
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return {str(country): tuple(map(str, words or ())) for country, words in raw.items()}


@cache
def demonym_words() -> frozenset[str]:
    """The table's one-word demonyms, folded: the words detection reads as demonyms. A longer
    demonym ("Saudi Arabian") starts with a one-word one, and its other words ("Arabian") also
    spell names ("Arabian Gulf Oil Company"), so they are not demonyms on their own."""
    return frozenset(
        fold(word) for words in country_demonyms().values() for word in words if " " not in word
    )
