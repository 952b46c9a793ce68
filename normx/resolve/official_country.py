"""A body named with its country's official long name: "the Embassy of the Arab Republic of
Egypt in Tripoli".

Arabic protocol style names a state's bodies with the state's official name (سفارة جمهورية مصر
العربية في طرابلس), and translation keeps it: "the Embassy of the Arab Republic of Egypt in
Tripoli", "the Ministry of Foreign Affairs of the Kingdom of Morocco". Gazetteers hold the
body under the country's short name ("Embassy of Egypt, Tripoli"), and the words of the state's
form ("Arab Republic") are half the query's words, so the whole phrase matches the embassy far
below the threshold (0.65), and the detector's pieces went their own ways: "Embassy" unlinked,
"Arab Republic" to another republic the document names (France, by coreference), "Egypt" and
"Tripoli" linked apart (articles-v28).

The form of state is a known, closed set of words (:data:`~normx.gazetteer.short_forms.
OFFICIAL_FORM`, which the gazetteer side uses to give "... of the State of Libya" its short
form): "of the <form> of <country>" says the country, nothing more. So a mention right before
"of the <form> of", followed by a linked place (the country) and optionally "in" and a linked
place (the seat), is matched again with the form taken out ("Embassy of Egypt in Tripoli"), and
the whole phrase is one mention of the body found, when an organisation comes first with a
score that decides on its own and no other entity within its margin
(:func:`~normx.resolve.phrase_rematch.decisive`). Without such a body nothing changes: a
title before the phrase ("the Minister of Foreign Affairs of the Kingdom of Morocco") is no
mention, and the country stays linked as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from normx.gazetteer.short_forms import OFFICIAL_FORM, OFFICIAL_FORM_NOUNS
from normx.match.candidate import Candidate
from normx.resolve.document import Mention, in_longer, spliced
from normx.resolve.phrase_rematch import decisive, is_place

METHOD = "official_name"
_FORM = re.compile(rf"\s+of\s+the\s+{OFFICIAL_FORM}")
_SEAT = re.compile(r"\s+in\s+")
# the words one of which every match of _FORM writes (OFFICIAL_FORM's nouns, shared with it):
# a text holding none has no match, and scanning it with _FORM is a regex attempt at every
# blank (tests/resolve/test_document_cues.py)
_FORMS = OFFICIAL_FORM_NOUNS
_FORM_OF = re.compile(rf"(?:{'|'.join(_FORMS)})\s+of\s")  # what follows them in _FORM


def _at(mentions: list[Mention], start: int) -> Mention | None:
    return next((m for m in mentions if m.start == start), None)


def _place(mentions: list[Mention], start: int) -> Mention | None:
    m = _at(mentions, start)
    return m if m is not None and m.id is not None and m.type == "LOC" else None


def _country(
    text: str, mentions: list[Mention], start: int, match: Callable[[str], list[Candidate]]
) -> tuple[str, int] | None:
    """The country written at *start* (after "of the <form> of") and where it ends: a linked
    place mention there, or the rest of an unlinked mention the form's words run into
    ("Republic of Misr": the detector read "Republic" as a name word, so the country, an MT
    transliteration (مصر), was never linked on its own), when that rest is a place by a
    decisive match of its own."""
    place = _place(mentions, start)
    if place is not None:
        return place.text, place.end
    around = next((m for m in mentions if m.start < start < m.end and m.id is None), None)
    if around is None:
        return None
    rest = text[start : around.end]
    return (rest, around.end) if is_place(rest, match) else None


def official_names_joined(
    text: str, mentions: tuple[Mention, ...], match: Callable[[str], list[Candidate]]
) -> tuple[Mention, ...]:
    """*mentions* (in text order) with each "<body> of the <form of state> of <country> [in
    <seat>]" made one mention of the body the short form names (see the module docstring)."""
    if " of the " not in text or not any(form in text for form in _FORMS):
        return mentions  # no form of state to read: the phrase's regex scan spared
    if _FORM_OF.search(text) is None:
        return mentions
    out = list(mentions)
    changed = False
    for form in _FORM.finditer(text):
        head = next((m for m in out if m.end == form.start()), None)
        country = _country(text, out, form.end(), match)
        if head is None or country is None or not head.text[:1].isupper():
            continue
        said, country_end = country
        tries: list[tuple[str, int]] = []
        seat_gap = _SEAT.match(text, country_end)
        seat = _place(out, seat_gap.end()) if seat_gap is not None else None
        if seat is not None:
            tries.append((f"{head.text} of {said} in {seat.text}", seat.end))
        tries.append((f"{head.text} of {said}", country_end))
        for query, end in tries:
            cand = decisive(match(query), "ORG")
            if cand is None:
                continue
            start = head.start
            if in_longer(out, start, end):
                break  # part of a longer mention: not this phrase's to take
            evidence = {"matched": cand.matched, "linked_as": query}
            out = spliced(text, out, start, end, cand, METHOD, evidence)
            changed = True
            break
    return tuple(out) if changed else mentions
