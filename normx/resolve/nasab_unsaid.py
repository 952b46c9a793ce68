"""A name that says "son of" is not a person whose names never do.

بن (bin, ben, ibn, ould: DOMAIN.md §2) in "Nacer Ben Khalifa" or "Ali Ben Amer" makes the word
after it a father's name or a Maghreb family name (Ben Khalifa, Benamer), one word the name
is known by with its particle. A person whose names hold the particle nowhere, in English or
Arabic, apart or glued, is another name that only looks alike: "Nasr Al-Khlifi" is the nisba
of a family, "Ali Ammar" a man whose own second name is Ammar, "Mohamed Yousef el-Magariaf"
the son of a Yousef the text does not call so. Among tens of thousands of persons such a
look-alike is always at hand (a likeness of 0.88 to 0.97), and the text's man, whom the
gazetteer lacks, was linked to him.

So when the text's name holds a bin particle between two name words, a person matched only
by likeness (the text's script or across scripts) whose canonical name, matched name and
Arabic names hold no such particle is left out of the candidates. A name written as the
record writes it (exact) is not judged; nor are places and bodies ("Bani Walid", "Ben
Guerdane" are places' own names). The particle's spelling after it drifts ("Farhat Bin
Qadara" is Farhat Bengdara, فرحات بن قدارة), so only the particle is asked for, as
:mod:`normx.resolve.nasab_short` asks it of an antecedent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.latin import fold
from normx.text.particles import particle_table

__all__ = ["nasab_unsaid_dropped"]

LIKENESS = LATIN_LIKENESS_METHODS | {"cross-script"}
ARABIC_BIN = frozenset({"بن", "ابن", "بنت"})
GLUED = ("ben", "bin")  # Bengdara, Bensouda: the particle glued to the family name
MIN_REST = 3  # letters after a glued particle ("Benamer"); "Bent" is no glued particle


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").replace(".", " ").split()


def _bin(word: str) -> bool:
    return particle_table().latin.get(word) == "bin"


def _says_son_of(query: str) -> bool:
    """A bin particle between two name words ("Nacer Ben Khalifa")."""
    words = _words(query)
    return any(_bin(w) for w in words[1:-1])


def _holds_particle(names: Sequence[str], arabic: Sequence[Sequence[str]]) -> bool:
    for name in names:
        for w in _words(name):
            if _bin(w) or w in ARABIC_BIN:
                return True
            if w.startswith(GLUED) and len(w) >= len("ben") + MIN_REST:
                return True
    return any(w in ARABIC_BIN for words in arabic for w in words)


def nasab_unsaid_dropped(
    query: str,
    cands: list[Candidate],
    arabic_names: Callable[[str], Sequence[Sequence[str]]] | None = None,
) -> list[Candidate]:
    """*cands* without the persons a "son of" name only resembles (see the module
    docstring); *arabic_names*: a record's Arabic names as words (unknown: English alone)."""
    if not cands or not _says_son_of(query):
        return cands
    kept = []
    for c in cands:
        if c.type == "PER" and c.method in LIKENESS:
            arabic = arabic_names(c.id) if arabic_names is not None else ()
            if not _holds_particle((c.name, c.matched or ""), arabic):
                continue
        kept.append(c)
    return kept
