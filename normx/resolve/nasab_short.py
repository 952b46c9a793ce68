"""A short form opened by bin/ben ("Ben Khalifa") is no repeat of a person whose given name
is the word after it (Khalifa Haftar).

بن (bin, ben, ibn, ould: DOMAIN.md §2) says "son of": in "Mohamed Ben Khalifa", Khalifa is the
father's name or the family's, and the article's later "Ben Khalifa" repeats that family
name. A person the document named earlier whose names hold no such particle at all (Khalifa
Haftar: the word is his own given name) is not the one meant: coreference by the word alone
(:mod:`normx.resolve.coref`) would make the photographer Mohamed Ben Khalifa the field
marshal. An antecedent whose names (or the spelling the document used for it) hold the
particle, apart or glued, stays ("Farhat Ben Qadara" or Farhat Bengdara ... "Bin Gdara":
the spellings of the word after it drift, so only the particle is asked for).
"""

from __future__ import annotations

from collections.abc import Iterable

from normx.resolve.coref import Antecedent
from normx.text.latin import fold
from normx.text.particles import particle_table


def _words(name: str) -> list[str]:
    return fold(name).replace("-", " ").replace(".", " ").split()


def _bin(word: str) -> bool:
    return particle_table().latin.get(word) == "bin"


def _has_particle(names: Iterable[str]) -> bool:
    """Some name holds a bin particle, apart ("Ben Qadara") or glued ("Bengdara")."""
    glued = particle_table().by_kind["bin"]
    return any(_bin(w) or glued.unglued(w) for name in names for w in _words(name))


def nasab_not_antecedent(surface: str, ante: Antecedent | None) -> bool:
    """*surface* is a bin/ben short form ("Ben Khalifa") and *ante* a person whose names hold
    no bin particle (see the module docstring)."""
    if ante is None or ante.cand.type != "PER":
        return False
    words = _words(surface)
    if len(words) != 2 or not _bin(words[0]):
        return False
    return not _has_particle((ante.surface, ante.cand.name, ante.cand.matched or ""))
