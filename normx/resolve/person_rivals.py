"""A close rival person whose words disagree with the text's is no rival.

The linker calls no winner when another entity scores within the ambiguity margin of the best
(:mod:`normx.resolve.decision`). Under a large gazetteer a person's rival is often a man whose
name holds the text's words in another role: "Mohammed Aoun" (given name, family name) against
Awn Muhammad Kasti (Awn son of Muhammad), 0.85 beside the right man's 0.87. Were that rival the
best candidate, its words would not be taken for the text's man
(:func:`~normx.resolve.word_agreement.person_words_agree`: the name parts out of order), so
it says nothing against the best one either: a reader who would not take a name for the text's
man does not hesitate between him and the right one. Only person rivals of a name of several
words are judged; places and bodies keep their own rules. Nor is a rival whose word differs
from the text's by a closing ة when the best one's words do not (:func:`ending_apart`).
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.resolve.name_ending import pairs_ta_marbuta_apart
from normx.resolve.word_agreement import person_words_agree


def agreeing_rivals(
    close: tuple[Candidate, ...],
    query: str,
    common_key: Callable[[str], bool] | None,
    best: Candidate | None = None,
) -> tuple[Candidate, ...]:
    """*close* without the persons whose match to *query* (a name of several words) fails
    :func:`person_words_agree`, nor those whose words end otherwise than the text's when
    *best*'s end alike (:func:`ending_apart`)."""
    return tuple(
        c
        for c in close
        if c.type != "PER"
        or (person_words_agree(c, query, common_key) and not ending_apart(c, best))
    )


def ending_apart(rival: Candidate, best: Candidate | None) -> bool:
    """A rival whose word pairs with the text's a closing ة apart ("Aqila" ~ Aqil,
    :func:`~normx.resolve.name_ending.ta_marbuta_apart`), beside a *best* person none of
    whose words is: the two are told apart by the one letter the rival lacks ("Aqila Saleh":
    Aguila Saleh Issa, not Aqil Saleh Nalouti). A tie-break, not a veto: English adds an "a"
    to a bare name now and then (Osama Hamad, أسامة حماد, is "Osama Hamada" in the press), so
    a best candidate a closing ة apart, with no rival closer in that, still stands."""
    if best is None or best.type != "PER" or rival.type != "PER":
        return False
    if pairs_ta_marbuta_apart(list(best.explain.get("pairs") or ())):
        return False
    return pairs_ta_marbuta_apart(list(rival.explain.get("pairs") or ()))
