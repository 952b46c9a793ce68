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
by likeness (the text's script or across scripts) whose canonical and matched names hold no
such particle is a name whose words do not agree with the text's
(:func:`normx.resolve.word_agreement.person_words_agree`): the words stay one unknown man's
name, not linked, and not cut into names to link one by one ("Naima Ben Ammar" is no village
Naima and village Ammar). A name written as the record writes it (exact) is not judged; nor
are places and bodies ("Bani Walid", "Ben
Guerdane" are places' own names). The particle's spelling after it drifts ("Farhat Bin
Qadara" is Farhat Bengdara, فرحات بن قدارة), so only the particle is asked for, as
:mod:`normx.resolve.nasab_short` asks it of an antecedent.
"""

from __future__ import annotations

from collections.abc import Sequence

from normx.match.candidate import LATIN_LIKENESS_METHODS, Candidate
from normx.text.latin import fold
from normx.text.particles import particle_table

__all__ = ["holds_particle", "is_bin", "son_of_unsaid"]

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


def _holds_particle(names: Sequence[str]) -> bool:
    """Some name holds a bin particle: apart, in Latin or Arabic letters, or glued."""
    for name in names:
        for w in _words(name):
            if _bin(w) or w in ARABIC_BIN:
                return True
            if w.startswith(GLUED) and len(w) >= len("ben") + MIN_REST:
                return True
    return False


def son_of_unsaid(cand: Candidate, query: str) -> bool:
    """*query* says "son of" between two name words and *cand*, a person matched by likeness,
    holds the particle in neither its canonical nor its matched name (see the module
    docstring)."""
    if cand.type != "PER" or cand.method not in LIKENESS or not _says_son_of(query):
        return False
    return not _holds_particle((cand.name, cand.matched or ""))


is_bin = _bin  # a word that is a bin particle (normx.resolve.nasab_place)
holds_particle = _holds_particle  # some name holds one (normx.resolve.nasab_place)
