"""A ministry of Libya's other government is not the Tripoli ministry of the same name.

Since 2014 Libya has had two governments, each with a Ministry of Finance, of Local Government,
of Higher Education, all under the same Arabic names (وزارة المالية, وزارة الحكم المحلي). The
gazetteers hold, as a rule, the Tripoli government's (the GNA's, then the GNU's); the one the
House of Representatives designated, seated in the east (al-Thinni's, Bashagha's, Hammad's),
has ministries they lack. A text says which it means right beside the name: "the Ministry of
Local Government of the eastern government", "the Ministry of Higher Education of the
government headed by Osama Hamad", "the Hammad government's Ministry of Finance". Such a
mention is the other government's ministry, an unknown body: its link to the namesake
ministry is undone, unless the linked record's own English names say it is that government's
(a gazetteer that holds the eastern ministry under a name of its own).

The frame is read only right beside the mention (the words after it up to the end of the
sentence's clause, or the possessive before it): one article speaks of both governments'
ministries ("... which follow the Ministry of Higher Education of the government headed by
Osama Hamad" beside the Tripoli ministry's statements), so a mention that says nothing is left
to the ordinary rules. How news names that government is data
(``data/rival_governments.yaml``).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from normx.match.candidate import Candidate
from normx.resolve.minister_office import MINISTRY_AR, is_ministry
from normx.resolve.segment import Seg
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold

if TYPE_CHECKING:
    from normx.resolve.linker import SpanLinker

AFTER_CHARS = 90  # how far after the mention its owner may be said ("of the government ...")
BEFORE_CHARS = 50  # how far before it a possessive may stand ("the eastern government's")
_CLAUSE_END = re.compile(r"[.;:!?\n]|,\s")


@cache
def rival_words() -> dict[str, Any]:
    """``data/rival_governments.yaml``: the words that name the other government, read once
    (this module and :mod:`normx.resolve.designated_government` build their patterns on it)."""
    path = resources.files("normx.resolve").joinpath("data", "rival_governments.yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def alternation(words: list[str]) -> str:
    """A regex alternation of *words* as written, longest first so that a longer phrase wins
    over a word it starts with."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the other government named right after a mention, ... right before it, the region it
    sits in named right after it)."""
    data, alt = rival_words(), alternation
    adjectives, heads = alt(data["adjectives"]), alt(data["heads"])
    names = alt(data["names"]).replace(r"of\ ", r"of\ (?:the\ )?")  # "of the National Stability"
    regions = alt(data["regions"])
    person = r"(?:[a-z][\w'-]* ){0,3}"  # "Osama", "Prime Minister Osama"
    government = (
        rf"(?:(?:{adjectives})\s+government"
        rf"|government\s+(?:of|headed\s+by|led\s+by|chaired\s+by|of\s+prime\s+minister)\s+"
        rf"{person}(?:{heads})\b"
        rf"|(?:{heads})(?:'s|’s|s)?\s+government"
        rf"|{names})"
    )
    after = re.compile(
        rf"^\s*,?\s*(?:of|in|at|under|in\s+charge\s+of|affiliated\s+(?:to|with)|belonging\s+to"
        rf"|attached\s+to)\s+(?:the\s+)?{government}"
    )
    before = re.compile(rf"{government}(?:'s|’s|s)\s+$")  # folded: "governments"
    region = re.compile(rf"^\s*,?\s*(?:in|of)\s+the\s+(?:{regions})\b")  # "in the east"
    return after, before, region


def other_government(text: str, start: int, end: int, *, region: bool = False) -> bool:
    """The words right after ``text[start:end]`` (in its clause) or right before it say it is
    the other government's: "... of the eastern government", "the Hammad government's ...";
    with *region*, also "... in the east" (a cabinet ministry: each government has its own,
    where a department is one body with offices in the east, as v30's "the Department of
    Antiquities in the east" is Libya's one department)."""
    after_re, before_re, region_re = _patterns()
    tail = text[end : end + AFTER_CHARS]
    cut = _CLAUSE_END.search(tail)
    tail = fold(tail[: cut.start()] if cut else tail)
    head = fold(text[max(0, start - BEFORE_CHARS) : start])
    if region and region_re.search(tail):
        return True
    return bool(after_re.search(tail) or before_re.search(head))


def _own_name(name: str) -> bool:
    """The record's English name says it is the other government's ministry."""
    words = fold(name)
    return any(f" {w}" in f" {words}" for w in ("eastern", "stability", "interim government"))


def _cabinet_ministry(name: str) -> bool:
    """The record's English name is a cabinet ministry's ("Ministry of Health (Libya)"), not a
    department's or an authority's (an Arabic name: وزارة, not مصلحة)."""
    return "ministry" in fold(name).split() or normalize_arabic(name).startswith(MINISTRY_AR)


AUTHORITY_AR = normalize_arabic("الهيئة")  # a general authority: الهيئة العامة للأوقاف


def _authority(cand: Candidate) -> bool:
    """The candidate is a general authority (its English name says "Authority", or its Arabic
    name starts الهيئة): Libya's two governments each appoint their own where the post is
    political (the Awqaf authority of the east beside Tripoli's: one Arabic name, two bodies
    and two chairmen), so one the text places with the other government, by its name or by
    its region ("... in the east"), is not the Tripoli record."""
    return cand.type == "ORG" and any(
        n and _names_an_authority(n) for n in (cand.matched, cand.name)
    )


@lru_cache(maxsize=65_536)
def _names_an_authority(name: str) -> bool:
    """The name (English or Arabic) is a general authority's: remembered per name, as
    minister_office remembers a ministry's, since every linked body asks it again."""
    return "authority" in fold(name).split() or normalize_arabic(name).startswith(AUTHORITY_AR)


def rival_ministries_unlinked(
    linker: SpanLinker, resolved: list[tuple[Seg, Any, dict]]
) -> list[tuple[Seg, Any, dict]]:
    """*resolved* (segments with their final candidates, coreference applied) with the links
    of ministries the text gives to the other government undone. After coreference, so that
    the Tripoli ministry named elsewhere in the document is no antecedent for them either."""
    out = []
    tokens = linker.tokens
    for seg, cand, evidence in resolved:
        if (
            isinstance(cand, Candidate)
            and ((authority := _authority(cand)) or is_ministry(cand))
            and not _own_name(cand.name)
            and other_government(
                linker.text,
                tokens[seg.first].start,
                tokens[seg.last].end,
                region=authority or _cabinet_ministry(cand.name),
            )
        ):
            cand, evidence = None, {"other_government": True, "candidates": [cand.id]}
        out.append((seg, cand, evidence))
    return out
