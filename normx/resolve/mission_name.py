"""A diplomatic mission named by its country and its seat: "the Consulate General of Libya in
Al-Qahira".

Arabic names a state's mission by the sending country and the town it sits in (قنصلية ليبيا
العامة في القاهرة, سفارة ليبيا في عمان), and translation keeps both: "the Consulate General of
Libya in Al-Qahira", "the Embassy of Libya in Amman". The phrase is one body's name; the
country and the seat are words of it (the gold rule of every article set: a name inside a
longer name counts as the longer name only). When the gazetteer holds the mission, a step
before this one links the phrase whole (:mod:`normx.resolve.official_country`,
:mod:`normx.resolve.country_embassy`) or the span resolution did. When it does not, the
detector's pieces went their own ways: "Consulate" no name, "General of Libya" to Libya (by
coreference), "Al-Qahira" to Cairo: two links a reader would not make (articles-v51, nil).

So a head of a mission (``missions`` of ``heads.yaml``, data: embassy, consulate general ...),
capitalised, then "of" (or "of the"), a linked place (the country), and optionally "in" and a
place (the seat), is one mention of the whole phrase, when no mention there runs past it and
none inside links an organisation (a body found for the phrase or its words stays as found).
The phrase is matched once as written: an organisation that decides on its own
(:func:`~normx.resolve.phrase_rematch.decisive`: score at the threshold, no other entity
within its margin) whose name opens with the same head is the mission, linked; else the
phrase stays one unlinked mention.

The country may also be a shipped country's name the set's gazetteer lacks, whatever the
mention took ("the Embassy of the United States in Tarabulus", articles-v55: a gazetteer
without the United States read "United States" as the first words of USAID, and the whole
phrase was never tried; session 34, h-v55): the shipped country list
(:func:`normx.gazetteer.countries.is_country`) says it is a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache

from normx.gazetteer.countries import is_country
from normx.match.candidate import Candidate
from normx.resolve.designators import mission_heads
from normx.resolve.document import Mention, in_longer, linked_mention, put_in
from normx.resolve.phrase_rematch import decisive, is_place
from normx.text.latin import fold

METHOD = "mission"
_SEAT = re.compile(r"[ \t]+in[ \t]+")


@cache
def _phrase() -> re.Pattern[str]:
    """A mission's head and the "of (the)" after it; words of a head apart by blanks or a
    hyphen ("Consulate-General")."""
    heads = "|".join(r"[ \t-]+".join(map(re.escape, h.split())) for h in mission_heads())
    return re.compile(rf"(?<![\w-])(?:{heads})[ \t]+of[ \t]+(?:the[ \t]+)?", re.IGNORECASE)


def _linked_place(m: Mention | None) -> bool:
    return m is not None and m.id is not None and m.type == "LOC"


def _country(text: str, m: Mention, at: int, match: Callable[[str], list[Candidate]]) -> bool:
    """The mention *m* covering the country's first letter (at *at*) says a place: a linked
    place starting there, or a mention the head's words run into ("General of Libya", the
    "General" of "Consulate General" taken for a name word) whose rest is a place by a decisive
    match of its own."""
    if m.start == at:
        return _linked_place(m) or is_country(m.text)
    return is_place(text[at : m.end], match)


def _opens_with(m: Mention, opens: str) -> bool:
    """*m* is linked to an organisation whose name opens with the head's first word *opens*."""
    if m.id is None or m.type != "ORG" or m.canonical is None:
        return False
    names = (fold(m.canonical), fold(str(m.evidence.get("matched") or "")))
    return any(n.split()[:1] == [opens] for n in names)


def _mission(phrase: str, opens: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The organisation the whole phrase decides on, when its name opens with the head's
    first word *opens* (an embassy is no consulate)."""
    best = decisive(match(phrase), "ORG")
    if best is None:
        return None
    names = (fold(best.name), fold(best.matched or ""))
    return best if any(n.split()[:1] == [opens] for n in names) else None


def missions_named(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<Mission head> of <country> [in <seat>]" made one
    mention, linked to the mission when the gazetteer decides on it, else unlinked (see the
    module docstring)."""
    if "of" not in text or not any(h.split()[0] in text.lower() for h in mission_heads()):
        return mentions
    out = list(mentions)
    changed = False
    for head in _phrase().finditer(text):
        start, at = head.start(), head.end()
        if not text[start].isupper():
            continue
        country = next((m for m in out if m.start <= at < m.end), None)
        if country is None or country.start < start or not _country(text, country, at, match):
            continue
        end = country.end
        gap = _SEAT.match(text, end)
        if gap is not None:
            seat = next((m for m in out if m.start == gap.end()), None)
            # the seat, known or not
            if seat is not None and seat.text[:1].isupper() and seat.type in ("LOC", None):
                end = seat.end
        inside = [m for m in out if m.start < end and m.end > start]
        if in_longer(inside, start, end):
            continue  # part of a longer mention: not this phrase's to take
        said = text[start:end]
        opens = fold(said.split()[0])
        if any(m.start == start and m.end > at and _opens_with(m, opens) for m in inside):
            continue  # the mission found for the phrase (not its bare head: "Embassy")
        cand = _mission(said, opens, match)
        joined = (
            replace(
                linked_mention(text, start, end, cand, {"matched": cand.matched, "mission": said}),
                method=METHOD,
            )
            if cand is not None
            else Mention(start, end, said, None, None, "ORG", 0.0, "none", {"mission": said})
        )
        out = put_in(out, joined)
        changed = True
    return tuple(out) if changed else mentions
