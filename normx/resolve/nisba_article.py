"""A surname written with the article after a stranger's full name: that stranger, not the town.

"... the families of Awbari ... And the lawyer Abdul Rahman Al-Awbari said ... And Al-Awbari
added that ..." (articles-v55, 5503): Arabic family names are often a town's nisba (الأوباري,
"the one from Ubari"), and the translation writes the town bare ("Awbari") and the nisba with
its article ("Al-Awbari"). Coreference compares the words without the article, so the lone
"Al-Awbari" found the town named first as its antecedent, over the unknown lawyer named in full
between them. :mod:`normx.resolve.place_named_first` keeps the town when the lone word repeats
the town's bare spelling ("the station of Ubari" ... "Salah Al-Ubari" ... "the station of
Ubari"); the other side of that rule is this one: when the lone word opens with the article,
as the unknown name's last word does, and the antecedent was written without it, and the
unknown name stands between the antecedent and the word, the word is that unknown name again.
Only a place as antecedent: a person named in full before ("Abu Ajila Mohamed Masoud Al-Marimi
... his nephew, Abdel Moneim Al-Marimi ... the exit of Al-Marimi", articles-v7) keeps his
surname, a relative's full name between them notwithstanding. Session 34 (h-v55).
"""

from __future__ import annotations

import re

from normx.text.latin import fold
from normx.text.particles import particle_table

_OPENING = re.compile(r"([^\W\d_]+)([-‐‑'’ ])")


def _with_article(surface: str) -> bool:
    """Whether *surface* opens with the article as a word of its own ("Al-Awbari", "el Obeidi")."""
    m = _OPENING.match(surface)
    if m is None:
        return False
    form, sep = fold(m.group(1)), m.group(2)
    table = particle_table()
    if table.latin.get(form) == "article":
        return True
    return sep != " " and table.latin_hyphen.get(form) == "article"


def nisba_of_unknown(said: str, unknown: str, antecedent: str) -> bool:
    """The lone word *said* opens with the article, the unknown name *unknown* ends with the
    same word as written (case and accents aside), and the antecedent *antecedent* the
    coreference found does not open with the article."""
    if not _with_article(said) or _with_article(antecedent):
        return False
    return fold(unknown).endswith(" " + fold(said))
