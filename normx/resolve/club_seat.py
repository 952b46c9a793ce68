"""A club's short name said with its town: "the club of Al-Ahly in Tarabulus".

Libya has an Al-Ahly club in Tripoli and another in Benghazi, and a report that names both in
full then says "Al-Ahly" alone lets coreference take the nearest full name, which may be the
other town's ("the president of the club of Al-Ahly in Tarabulus" after "Al-Ahly Benghazi":
articles-v39). A sentence that writes the town right after the short name, "in" or "of"
between, says which club it means, as a reader takes it: the one namesake seated in that
town. So a mention linked to a club, followed by a mention linked to a place with only "in"
or "of" between, whose seat (the bracketed qualifier of its English name, or of its Arabic
name against the place's Arabic names) is not that place, goes to the one other body the
same words reach (by the matcher, above the no-match threshold, opening with the same word;
asked also with the place as the qualifier, "Al-Ahly (Tripoli)", since the gazetteer may spell
that club's short name another way, "Al-Ahli") seated there. The place keeps its own link:
"Al-Hilal of Benghazi" is annotated club and place apart (articles-v12, v30;
:mod:`normx.resolve.club_city` joins only a space or "de").

The same reading serves a club's short name and its town written as one unlinked name,
"Al-Ahly Tarabulus", or as an unlinked "Al-Ahly" and the town's linked mention with a space
between: the town in a spelling of its own (a place the matcher links alone, firmly) that the
gazetteer's name of the club, "Al-Ahli SC (Tripoli)", does not spell, so the whole is too far
from it. Asked as the short name with the place's name as its qualifier, "Al-Ahly (Tripoli)",
the matcher reaches the club; it is the mention's link when it is a club seated in that place
and opens with the mention's first word.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.club_city import Names, is_club
from normx.resolve.document import Mention, linked_mention
from normx.resolve.said_words import english_name, opening_key
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold
from normx.text.qualifier import trailing_qualifier

_BETWEEN = re.compile(r"[ \t]+(?:in|of)[ \t]+")
_SPACE = re.compile(r"[ \t]+")
FIRM = 0.9  # the town alone links this firmly (an exact name or alias): no look-alike


def _seats(names: Names, record_id: str) -> tuple[set[str], set[str]]:
    """The folded English and normalised Arabic bracketed qualifiers of the record's names."""
    out: tuple[set[str], set[str]] = (set(), set())
    for k, lang in enumerate(("en", "ar")):
        for n in names(record_id, lang):
            q = trailing_qualifier(n)
            if q is not None and q.parenthetical and q.words:
                out[k].add(fold(q.words) if lang == "en" else normalize_arabic(q.words))
    return out


def _seated(names: Names, club_id: str, place_id: str) -> bool | None:
    """Whether the club's seat is the place (None: the club says no seat)."""
    en, ar = _seats(names, club_id)
    if not en and not ar:
        return None
    return bool(en & {fold(n) for n in names(place_id, "en")}) or bool(
        ar & {normalize_arabic(n) for n in names(place_id, "ar")}
    )


def clubs_of_seats(
    text: str,
    mentions: Sequence[Mention],
    names: Names,
    match: Callable[[str], list[Candidate]],
) -> tuple[Mention, ...]:
    """*mentions* with each club followed by "in"/"of" and a place that is not its seat
    relinked to the one namesake seated there (see the module docstring)."""
    out = list(mentions)
    for k in range(len(mentions) - 1):
        club, place = mentions[k], mentions[k + 1]
        if (
            club.id is None
            or club.type != "ORG"
            or place.id is None
            or place.type != "LOC"
            or _BETWEEN.fullmatch(text[club.end : place.start]) is None
            or not is_club(names, club.id)
            or _seated(names, club.id, place.id) is not False
        ):
            continue
        opening = opening_key(club.text)
        found: Candidate | None = None
        asked = [*match(club.text), *match(f"{club.text} ({place.canonical or place.text})")]
        for cand in asked:
            if cand.id == club.id or cand.type != "ORG" or cand.score < NO_MATCH_THRESHOLD:
                continue
            if opening is None or opening_key(english_name(cand)) != opening:
                continue
            if not _seated(names, cand.id, place.id):
                continue
            if found is not None and found.id != cand.id:
                found = None
                break
            found = cand
        if found is not None:
            kept = {key: v for key, v in club.evidence.items() if key != "antecedent"}
            evidence = {**kept, "matched": found.matched, "seat": place.text}
            out[k] = linked_mention(text, club.start, club.end, found, evidence)
    return tuple(out)


def _place_of(word: str, match: Callable[[str], list[Candidate]]) -> Candidate | None:
    """The place *word* names firmly, the matcher's best, if it is a place."""
    found = match(word)
    if not found or found[0].type != "LOC" or found[0].score < FIRM:
        return None
    return found[0]


def seated_club_openings(
    orgs: Iterable[tuple[str, str, Iterable[str]]], names: Names
) -> frozenset[str]:
    """The opening keys a seated club can be matched by: for each organisation (its id, its
    canonical name and the texts of its index names) that is a club (:func:`is_club`) with a
    seat in a bracketed qualifier, the :func:`opening_key` of every name the matcher may
    report it by (``matched``, an index name; its canonical name, which
    :func:`~normx.resolve.said_words.english_name` reads for an Arabic one) and of its
    gazetteer names in both languages (a superset, to be safe).

    :func:`clubs_with_town_words` takes a club only when its name's opening key is the short
    name's, so a short name whose key is not here reaches no club whatever the matcher says:
    the gate that spares the matcher asks for the last word of every unlinked name of two
    words and more (the same answers, fewer asks; session 32)."""
    out: set[str] = set()
    for record_id, canonical, indexed in orgs:
        if not is_club(names, record_id) or not any(_seats(names, record_id)):
            continue
        texts = [canonical, *indexed, *names(record_id, "en"), *names(record_id, "ar")]
        out.update(k for k in map(opening_key, texts) if k is not None)
    return frozenset(out)


def _seated_club(
    short: str,
    place: Candidate,
    names: Names,
    match: Callable[[str], list[Candidate]],
    openings: Collection[str],
) -> Candidate | None:
    """The one club the matcher reaches for "<short> (<place>)" seated in *place* and opening
    with *short*'s first word (none to ask for when no seated club opens so: *openings*)."""
    opening = opening_key(short)
    if opening is None or opening not in openings:
        return None
    found: Candidate | None = None
    for cand in match(f"{short} ({place.name})"):
        if cand.type != "ORG" or cand.score < NO_MATCH_THRESHOLD:
            continue
        if opening_key(english_name(cand)) != opening or not is_club(names, cand.id):
            continue
        if not _seated(names, cand.id, place.id):
            continue
        if found is not None and found.id != cand.id:
            return None
        found = cand
    return found


def clubs_with_town_words(
    text: str,
    mentions: Sequence[Mention],
    names: Names,
    match: Callable[[str], list[Candidate]],
    openings: Collection[str],
) -> tuple[Mention, ...]:
    """*mentions* with each unlinked "<short name> <town>" linked to the club seated in the
    town, whether one mention or an unlinked one and the town's linked one with a space
    between (see the module docstring). *openings* (:func:`seated_club_openings`) are the
    opening keys of the gazetteer's seated clubs: a short name opening otherwise is not asked
    about."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.id is None
            and m.id is not None
            and m.type == "LOC"
            and _SPACE.fullmatch(text[prev.end : m.start]) is not None
            and m.canonical
        ):
            place = Candidate(m.id, m.canonical, "LOC", m.score, m.canonical, m.method, {})
            found = _seated_club(prev.text, place, names, match, openings)
            if found is not None:
                evidence = {**prev.evidence, "matched": found.matched, "seat": m.text}
                out[-1] = linked_mention(text, prev.start, m.end, found, evidence)
                continue
        words = m.text.split()
        if (
            m.id is None
            and len(words) >= 2
            and words[-1][:1].isupper()
            and opening_key(short := " ".join(words[:-1])) in openings
        ):
            firm = _place_of(words[-1], match)
            found = _seated_club(short, firm, names, match, openings) if firm else None
            if found is not None:
                evidence = {**m.evidence, "matched": found.matched, "seat": words[-1]}
                out.append(linked_mention(text, m.start, m.end, found, evidence))
                continue
        out.append(m)
    return tuple(out)
