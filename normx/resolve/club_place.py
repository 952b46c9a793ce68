"""A place that gives a club its name, said as the opponent in a match: "its draw with Abu
Sleem".

Libyan clubs are named after their town or quarter (نادي أبو سليم, Abu Salim SC, of Tripoli's
Abu Salim district), and a football report names the club by the place's name alone: "Al-Madina
Club missed the qualification after its draw with Abu Sleem". The matcher links the place, the
words it was given, while the sentence speaks of a team: a draw, a win or a defeat is had with
or against a side, not a district. So a mention linked to a place whose name is the whole name
of a club the document links (the club's name less its club words and its bracketed seat, in
English or in Arabic), right after a word that names an opponent ("against", "versus",
"beat", "defeated", or "with" after a match word: "draw with", "match with"), is that club.
Any other place mention stays: "in Abu Salim", "from Abu Salim" name the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from normx.resolve.club_city import ARABIC_CLUB_WORDS, CLUB_WORDS, Names, is_club
from normx.resolve.document import Mention
from normx.text.arabic import normalize_arabic
from normx.text.latin import fold
from normx.text.qualifier import head_of, trailing_qualifier

# hand-written from English sports reporting: the words before a side's name
_OPPONENT = re.compile(
    r"(?:\b(?:against|versus|vs\.?|beat|beating|defeated|defeating)"
    r"|\b(?:draw|drew|tie|match|game|meeting|clash|derby)\s+with)\s+$",
    re.I,
)
_LOOK = 40
# what the window must end in, less its trailing spaces, for _OPPONENT to match (same flags)
_OPPONENT_END = re.compile(r"(?:against|versus|vs\.?|beat|beating|defeated|defeating|with)\Z", re.I)


def _after_opponent_word(text: str, start: int) -> bool:
    """_OPPONENT ends right before *start*. The window's end is tested first (exact: a match
    ends in one of the words, then whitespace), since the search tries every offset of the
    window and most places follow no such word (session 34)."""
    low = max(0, start - _LOOK)
    tail = text[low:start].rstrip()
    if len(tail) == start - low or _OPPONENT_END.search(tail, max(0, len(tail) - 9)) is None:
        return False
    return _OPPONENT.search(text, low, start) is not None


def _bare(name: str, arabic: bool) -> str:
    """*name* less its bracketed seat and its club words, normalised for comparison."""
    q = trailing_qualifier(name)
    head = head_of(name, q) if q is not None and q.parenthetical else name
    if arabic:
        words = [w for w in head.split() if w not in ARABIC_CLUB_WORDS]
        return normalize_arabic(" ".join(words))
    return " ".join(w for w in fold(head).replace("-", " ").split() if w not in CLUB_WORDS)


def _club_names(names: Names, club_id: str) -> set[str]:
    return {_bare(n, False) for n in names(club_id, "en")} | {
        _bare(n, True) for n in names(club_id, "ar")
    }


def clubs_named_by_places(
    text: str, mentions: Sequence[Mention], names: Names
) -> tuple[Mention, ...]:
    """*mentions* with each place said as a match opponent relinked to the club the document
    links under the place's name (see the module docstring)."""
    places = [
        k
        for k, m in enumerate(mentions)
        if m.id is not None and m.type == "LOC" and _after_opponent_word(text, m.start)
    ]
    if not places:
        return tuple(mentions)
    clubs = {
        m.id: m for m in mentions if m.id is not None and m.type == "ORG" and is_club(names, m.id)
    }
    if not clubs:
        return tuple(mentions)
    out = list(mentions)
    for k in places:
        m = mentions[k]
        assert m.id is not None
        own = {fold(n) for n in names(m.id, "en")} | {
            normalize_arabic(n) for n in names(m.id, "ar")
        }
        found = [c for i, c in clubs.items() if own & _club_names(names, i)]
        if len(found) != 1:
            continue
        club = found[0]
        out[k] = Mention(
            m.start,
            m.end,
            m.text,
            club.id,
            club.canonical,
            club.type,
            m.score,
            m.method,
            {**m.evidence, "club_named_by": m.canonical},
        )
    return tuple(out)
