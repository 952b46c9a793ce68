"""A people's short name spelled letter for letter from its Arabic name: "Tabu" is التبو.

Peoples' Arabic names are short: التبو (Tebu, Toubou, Tubu, Tabu), الفور (Fur). A
translation writes the consonants and guesses the unwritten vowels, so "Tabu" reaches the
Toubou people's record only by its Arabic name (cross-script), and a place a letter away
(الدبة "Ad Dabbah", by likeness of spelling) comes close enough to tie. The tie-break that
picks the candidate whose Arabic name the word spells consonant for consonant
(:mod:`normx.resolve.arabic_spelled`) wants three consonants, since two say little of a
place or body; a people's record is a narrower claim: the word is then a people's name
exactly as Arabic writes it, and the rule still needs that no other close candidate be spelled
so, in either script. Two consonants suffice when the winner is a people's record ("X people",
:func:`~normx.gazetteer.peoples.is_people_name`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.gazetteer.peoples import is_people_name
from normx.match.candidate import Candidate
from normx.resolve.arabic_spelled import spelled_in_arabic

PEOPLE_MIN_CONSONANTS = 2


def spelled_people(
    form: str,
    close: Sequence[Candidate],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None,
) -> Candidate | None:
    """The people's record among *close* whose one-word Arabic name the folded word *form*
    spells (two consonants enough), when no other close candidate is spelled; else None."""
    if not any(is_people_name(c.name) for c in close):
        return None
    winner = spelled_in_arabic(form, close, arabic_names, PEOPLE_MIN_CONSONANTS)
    return winner if winner is not None and is_people_name(winner.name) else None


def spelled_or_people(
    form: str,
    close: Sequence[Candidate],
    arabic_names: Callable[[str], tuple[tuple[str, ...], ...]] | None,
) -> Candidate | None:
    """:func:`~normx.resolve.arabic_spelled.spelled_in_arabic` ("Barqa": برقة), else
    :func:`spelled_people` ("Tabu": التبو): the linker's tie-break for one word."""
    return spelled_in_arabic(form, close, arabic_names) or spelled_people(form, close, arabic_names)
