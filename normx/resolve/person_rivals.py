"""A close rival person whose words disagree with the text's is no rival.

The linker calls no winner when another entity scores within the ambiguity margin of the best
(:mod:`normx.resolve.decision`). Under a large gazetteer a person's rival is often a man whose
name holds the text's words in another role: "Mohammed Aoun" (given name, family name) against
Awn Muhammad Kasti (Awn son of Muhammad), 0.85 beside the right man's 0.87. Were that rival the
best candidate, its words would not be taken for the text's man
(:func:`~normx.resolve.word_agreement.person_words_agree`: the name parts out of order), so
it says nothing against the best one either: a reader who would not take a name for the text's
man does not hesitate between him and the right one. Only person rivals of a name of several
words are judged; places and bodies keep their own rules.
"""

from __future__ import annotations

from collections.abc import Callable

from normx.match.candidate import Candidate
from normx.resolve.word_agreement import person_words_agree


def agreeing_rivals(
    close: tuple[Candidate, ...], query: str, common_key: Callable[[str], bool] | None
) -> tuple[Candidate, ...]:
    """*close* without the persons whose match to *query* (a name of several words) fails
    :func:`person_words_agree`."""
    return tuple(c for c in close if c.type != "PER" or person_words_agree(c, query, common_key))
