"""A body said with a place the gazetteer's body does not hold: another body, or a constituency.

Arabic names a local body by its kind and its place: غرفة التجارة والصناعة طرابلس, "the Chamber
of the Commerce of Tarabulus"; المجلس الاجتماعي لقبائل ورشفانة, "the Social Council of the Tribes
of Warshafana". The gloss lexicon reads the kind words ("Chamber of the Commerce", "Social
Council of the Tribes") and finds the general body or a namesake the gazetteer holds (the
General Union of the Chambers of Commerce; the Social Council of the Warfalla Tribes); the place
after "of" then links on its own. A reader takes the phrase as one body of that place, which the
gazetteer lacks: the general union is not the chamber of one town, and the council of one tribe
is not the council of another. So (:func:`bodies_of_other_places`) a body linked right before
"of" (or "of the") and a town or a tribe, or right after a town ("Misurata Chamber of the
Commerce"), whose record's names do not hold that town or tribe (in English, or in Arabic as a
word), becomes one unlinked mention of the whole phrase, the gold rule of every article set (a
name inside a longer name counts as the longer name only). Only bodies with a head named by its
seat (``seated`` of ``heads.yaml``: council, chamber, municipality ...) count, and only towns and
tribes: a country after "of" is most often the national body's own country, which a gazetteer's
name leaves out ("the Presidential Council of Libya").

A deputy is elected "for" a town: "the member of the House of the Representatives for
Al-Zawiya" (عضو مجلس النواب عن الزاوية) names the parliament and the deputy's constituency, two
mentions. Connectors keep "for" inside a span ("Bank for Commerce"), and the gloss of the whole
span reaches the parliament, swallowing the town. :func:`constituencies_parted` parts such a
linked body: when its words before "for" alone match the same record and the words after it are
a town the record's names do not hold, the body keeps the words before "for" and the town links
on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.gazetteer.peoples import is_people_name, tribe_shaped
from normx.match.candidate import Candidate
from normx.resolve.designators import seated_heads
from normx.resolve.document import Mention, linked_mention
from normx.text.arabic import normalize_arabic
from normx.text.clitics import BEFORE_PLACE
from normx.text.latin import fold

_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_FOR = re.compile(
    r"^(?P<body>.*[A-Za-z])[ \t]+for[ \t]+(?:the[ \t]+)?"
    r"(?P<place>[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})$"
)
MIN_PLACE_SCORE = 0.85  # the town after "for": its spelling, phonetic look-alikes included

Names = Callable[[str, str], tuple[str, ...]]


def _words(text: str) -> set[str]:
    return set(fold(text).split())


def _holds_words(name: str, words: str) -> bool:
    return bool(words) and f" {words} " in f" {name} "


def _holds_arabic(name: str, place: str) -> bool:
    if _holds_words(name, place):
        return True
    return any(_holds_words(name, pre + place) for pre in BEFORE_PLACE)


def names_hold(names: Names, body_id: str, place: Mention) -> bool:
    """Whether the body's names hold the place: one of the place's English names (or the words
    the text wrote for it) among the body's English name words, or the place's Arabic name among
    its Arabic name words (bare or after a one-letter preposition: لطرابلس)."""
    english = {fold(n) for n in names(place.id or "", "en")} | {fold(place.text)}
    if any(_holds_words(fold(n), p) for n in names(body_id, "en") for p in english):
        return True
    arabic = {normalize_arabic(n) for n in names(place.id or "", "ar")}
    return any(_holds_arabic(normalize_arabic(n), p) for n in names(body_id, "ar") for p in arabic)


def _seated_body(m: Mention, heads: frozenset[str]) -> bool:
    return m.id is not None and m.type == "ORG" and bool(_words(m.text) & heads)


def _town_or_tribe(m: Mention, is_country: Callable[[str], bool]) -> bool:
    if m.id is None:
        return False
    if m.type == "LOC":
        return not is_country(m.canonical or "")
    canonical = m.canonical or ""
    return m.type == "ORG" and (is_people_name(canonical) or tribe_shaped(canonical))


def bodies_of_other_places(
    text: str,
    mentions: tuple[Mention, ...],
    names: Names,
    is_country: Callable[[str], bool],
) -> tuple[Mention, ...]:
    """*mentions* with each seated body linked before "of <town or tribe>" (or after a town)
    whose record does not hold that town or tribe made one unlinked mention of the phrase (see
    the module docstring). *names* gives a record's names in a language; *is_country* says
    whether a canonical name is a country's."""
    heads = seated_heads()
    out: list[Mention] = []
    changed = False
    i, n = 0, len(mentions)
    while i < n:
        m = mentions[i]
        if i + 1 < n:
            nxt = mentions[i + 1]
            pair = None
            if (
                _seated_body(m, heads)
                and _OF.fullmatch(text, m.end, nxt.start) is not None
                and _town_or_tribe(nxt, is_country)
            ):
                pair = (m, nxt)
            elif (
                _seated_body(nxt, heads)
                and text[m.end : nxt.start] == " "
                and m.type == "LOC"
                and _town_or_tribe(m, is_country)
                and fold(nxt.text.split()[0]) in heads
            ):
                pair = (nxt, m)
            if pair is not None and not names_hold(names, pair[0].id or "", pair[1]):
                phrase = text[m.start : nxt.end]
                out.append(Mention(m.start, nxt.end, phrase, None, None, None, 0.0, "none", {}))
                changed = True
                i += 2
                continue
        out.append(m)
        i += 1
    return tuple(out) if changed else mentions


def constituencies_parted(
    text: str,
    mentions: tuple[Mention, ...],
    match: Callable[[str], list[Candidate]],
    names: Names,
) -> tuple[Mention, ...]:
    """*mentions* with each body linked over "<body words> for <town>" parted into the body
    (its words before "for", which alone match the same record) and the town (see the module
    docstring). *match* is the run's matcher; *names* gives a record's names in a language."""
    out: list[Mention] = []
    changed = False
    for m in mentions:
        found = _FOR.match(m.text) if m.id is not None and m.type == "ORG" else None
        if found is not None:
            parted = _parted(text, m, found, match, names)
            if parted is not None:
                out.extend(parted)
                changed = True
                continue
        out.append(m)
    return tuple(out) if changed else mentions


def _parted(
    text: str,
    m: Mention,
    found: re.Match[str],
    match: Callable[[str], list[Candidate]],
    names: Names,
) -> tuple[Mention, Mention] | None:
    places = match(found.group("place"))
    if not places or places[0].type != "LOC" or places[0].score < MIN_PLACE_SCORE:
        return None
    bodies = match(found.group("body"))
    if not bodies or bodies[0].id != m.id:
        return None
    place_start = m.start + found.start("place")
    place = linked_mention(text, place_start, m.end, places[0], {"matched": places[0].matched})
    if names_hold(names, m.id or "", place):
        return None  # the body's own name says "for" the place
    body_end = m.start + found.end("body")
    body = linked_mention(text, m.start, body_end, bodies[0], {"matched": bodies[0].matched})
    return body, place
