"""A club named after a body: the name said without "club" is the body's.

Sports clubs take the names of the companies, armies and towns that founded them: the Arab
Contractors (المقاولون العرب) and their football club, Al Mokawloon Al Arab SC (نادي المقاولون
العرب); a police or army club beside the police or army. A text that writes the name without
the club's word ("Al-Mokawloun al-Arab won the contract") may come nearer the club's English
name in spelling (its transliteration) than the company's English one, yet it says nothing of
a club, and the company's Arabic name is the club's without نادي. As a bare place name is the
place, not a facility named after it (:func:`~normx.resolve.decision.named_with_feature`), a
bare name is the eponym, not the club.

So when the best candidate is a body whose English name holds a club's word (``CLUB_WORDS``:
"SC", "FC", "Club") that the span does not say, and another body among the candidates above the
no-match threshold has an Arabic name that is one of the club's Arabic names without نادي (or
an English name that is the club's without the club's word), the club is dropped and that body
leads. A span that says "club" or "FC" keeps the club.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD
from normx.resolve.club_city import club_words
from normx.resolve.generic import arabic_words
from normx.text.latin import fold

CLUB_WORDS = club_words("club_eponym")  # kind_words.yaml: sporting, football, athletic club
ARABIC_CLUB = arabic_words("نادي")[0]
ArabicNames = Callable[[str], tuple[tuple[str, ...], ...]]


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace("-", " ").replace(".", " ").split())


def eponym_over_club(
    query: str, cands: list[Candidate], arabic_names: ArabicNames | None
) -> list[Candidate]:
    """*cands*, or the body the club leading them is named after first and the club dropped
    (see the module docstring)."""
    if len(cands) < 2 or arabic_names is None or cands[0].type != "ORG":
        return cands
    club = cands[0]
    name = _words(club.name)
    if not CLUB_WORDS & set(name) or CLUB_WORDS & set(_words(query)):
        return cands
    bare_en = tuple(w for w in name if w not in CLUB_WORDS)
    bare_ar = {
        tuple(w for w in n if w != ARABIC_CLUB) for n in arabic_names(club.id) if ARABIC_CLUB in n
    }
    for c in cands[1:]:
        if c.id == club.id or c.type != "ORG" or c.score < NO_MATCH_THRESHOLD:
            continue
        if _words(c.name) == bare_en or any(n in bare_ar for n in arabic_names(c.id)):
            return [c, *(x for x in cands if x is not c and x.id != club.id)]
    return cands
