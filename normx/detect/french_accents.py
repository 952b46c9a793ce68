"""A lower-case word written with a French accent is French, even when its folded form is an
English word: "suprême" folds to "supreme", but English copy never writes the circumflex.

:func:`normx.detect.french_names.french_name` extends a body's capitalised head over the
lower-case French words after it only when one of them is French alone, so that English words
after a name ("Council relations") are not swallowed. A word of the French lexicon that folds to
an English word ("suprême", "générale") is French alone when it is written with its accent:
"the Cour suprême" is the French name of a court ("Supreme Court"), one span, not a generic
"Cour" followed by prose.
"""

from __future__ import annotations

from normx.text.latin import fold

FRENCH_MARKS = frozenset("àâçéèêëîïôûùüÿœæ")


def written_french(text: str) -> bool:
    """*text* is lower case and holds a letter with a French diacritic ("suprême")."""
    return text.islower() and any(c in FRENCH_MARKS for c in text) and fold(text) != text
