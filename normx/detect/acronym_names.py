"""Full English names of bodies known by an acronym their initials do not spell.

"UNICEF" is the United Nations Children's Fund, whose initials are UNCF: the acronym keeps
the body's older name. Gazetteers hold such a body under its acronym, translations spell
the name out, and neither the matcher (four words never reach one) nor the initials rule
(:mod:`normx.resolve.spelled_out`) links the two. The names are data
(``data/acronym_names.yaml``); detection reads their possessives
(:func:`normx.detect.trie.possessive_pairs`: "Children's Fund" is one name), resolution their
acronym.
"""

from __future__ import annotations

import re
from functools import cache

from normx.detect.lexicon import detect_data
from normx.text.latin import fold

_WORD_RE = re.compile(r"[^\W\d_]+")


def name_key(text: str) -> str:
    """*text* as its folded words alone ("United Nations Children’s Fund" -> "united nations
    children s fund"): apostrophes, hyphens and commas aside."""
    return " ".join(_WORD_RE.findall(fold(text)))


@cache
def _table() -> tuple[dict[str, str], tuple[str, ...]]:
    data = detect_data("acronym_names.yaml").get("acronyms") or {}
    keys: dict[str, str] = {}
    names: list[str] = []
    for acronym, listed in data.items():
        for name in listed:
            keys[name_key(str(name))] = str(acronym).upper()
            names.append(str(name))
    return keys, tuple(names)


def acronym_of(text: str) -> str | None:
    """The acronym (upper case) of the body *text* names in full, if listed."""
    return _table()[0].get(name_key(text))


def listed_names() -> tuple[str, ...]:
    """Every listed full name, as written."""
    return _table()[1]
