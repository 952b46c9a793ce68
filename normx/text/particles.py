"""The particle table: Arabic name particles and their spellings, read from data.

``normx/text/data/particles.yaml`` lists, for each kind of particle (article, abu, abd, bin),
its canonical form, free-standing Latin forms, forms that count only when hyphen-joined,
Arabic forms, and prefixes that may be glued to the next name part. This module only turns
that file into fast look-up sets; the rules that use them are in :mod:`normx.text.normalize`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from normx.text.resources import load_data

KINDS: tuple[str, ...] = ("article", "abu", "abd", "bin")
_VOWELS = "aeiouyw"
_GLUED_ARTICLE = ("al", "el")  # the article glued after a glued Bin (Binalshibh)


@dataclass(frozen=True, slots=True)
class Particle:
    """One kind of particle and all the spellings it takes."""

    kind: str
    canonical: str
    forms: frozenset[str]
    hyphen_only: frozenset[str]
    arabic: frozenset[str]
    glued: tuple[str, ...]  # longest first
    min_rest: int
    glued_assimilated: tuple[str, ...] = ()  # prefixes that count before their doubled letter
    free_assimilated: frozenset[str] = frozenset()  # free words that count before their letter
    glued_before_consonant: tuple[str, ...] = ()  # prefixes that count before a consonant
    glued_before_vowel: tuple[str, ...] = ()  # prefixes that count before a vowel or y
    glued_before_article: tuple[str, ...] = ()  # prefixes that count before a glued al-/el-
    sun_letters: str = ""  # letters the article assimilates to (Abd + article + name)
    article_vowels: str = ""  # the vowel written for the assimilated article (Abderrahmane)
    arabic_glued: tuple[str, ...] = ()  # Arabic prefixes written joined, longest first
    arabic_min_rest: int = 0
    glued_min_rest: tuple[tuple[str, int], ...] = ()  # glued prefixes with their own min_rest
    arabic_not_before: str = ""  # letters a glued Arabic prefix is never split before
    l_names: frozenset[str] = frozenset()  # names that open with l, written after Abdel- (latif)

    def arabic_unglued(self, word: str) -> str | None:
        """The rest of Arabic *word* after a glued prefix of this kind, if it has one."""
        for prefix in self.arabic_glued:
            rest = word[len(prefix) :]
            if (
                word.startswith(prefix)
                and len(rest) >= self.arabic_min_rest
                and rest[0] not in self.arabic_not_before
            ):
                return rest
        return None

    def _glued_min_rest(self, prefix: str) -> int:
        """The least rest after the glued *prefix*: its own (Abu's) else the kind's. Read only
        for a prefix the word opens with, not built into a dict on each of the many calls."""
        for glued, least in self.glued_min_rest:
            if glued == prefix:
                return least
        return self.min_rest

    def unglued(self, part: str) -> str | None:
        """The rest of *part* after a glued prefix of this kind, if it has one."""
        for prefix in self.glued:
            rest = part[len(prefix) :]
            if part.startswith(prefix) and len(rest) >= self._glued_min_rest(prefix):
                return rest
        for prefix in self.glued_assimilated:
            rest = part[len(prefix) :]
            if part.startswith(prefix) and rest[:1] == prefix[-1] and len(rest) >= self.min_rest:
                return rest
        for prefix in self.glued_before_consonant:
            rest = part[len(prefix) :]
            first = rest[:1]
            consonant = first.isalpha() and first not in _VOWELS + prefix
            if part.startswith(prefix) and consonant and len(rest) >= self.min_rest:
                return rest
        for prefix in self.glued_before_vowel:
            rest = part[len(prefix) :]
            vowel = rest[:1] in (*_VOWELS, "y") and rest[:1] != ""
            if part.startswith(prefix) and vowel and len(rest) >= self.min_rest:
                return rest
        for prefix in self.glued_before_article:
            rest = part[len(prefix) :]
            if part.startswith(prefix) and rest[:2] in _GLUED_ARTICLE and len(rest) >= 6:
                return rest  # the rest keeps its article: the caller splits it off
        return None


@dataclass(frozen=True, slots=True)
class ParticleTable:
    """All particle kinds, with reverse look-ups from a spelling to its kind."""

    by_kind: dict[str, Particle]
    latin: dict[str, str]
    latin_hyphen: dict[str, str]
    arabic: dict[str, str]

    free_assimilated: dict[str, str]

    def kind_of(
        self, part: str, *, hyphen_joined: bool, next_part: str | None = None
    ) -> str | None:
        """The particle kind of a folded Latin word part, or None for an ordinary name part.

        *next_part*, when given, is the following word part: a free-standing assimilated
        article ("As Saddadah", "Az Zawiyah": BGN/PCGN writes the article apart) counts only
        before the consonant it assimilated to, so the English "as", "an" stay words.
        """
        kind = self.latin.get(part)
        if kind is None and hyphen_joined:
            kind = self.latin_hyphen.get(part)
        if kind is None and next_part is not None:
            kind = self.free_assimilated.get(part)
            if kind is not None and not _assimilated(part, next_part):
                kind = None
        return kind


def _assimilated(article: str, following: str) -> bool:
    """True if *following* starts with the consonant *article* assimilated to, and more:
    "as" before "saddadah", "ash" before "shurayf", "adh" before "dhahra"."""
    consonant = article[1:]
    return len(following) > len(consonant) and following.startswith(consonant)


@cache
def particle_table() -> ParticleTable:
    """The particle table from ``particles.yaml`` (parsed once)."""
    raw = load_data("particles.yaml")
    by_kind: dict[str, Particle] = {}
    latin: dict[str, str] = {}
    latin_hyphen: dict[str, str] = {}
    arabic: dict[str, str] = {}
    free: dict[str, str] = {}
    for kind in KINDS:
        entry = raw[kind]
        particle = Particle(
            kind=kind,
            canonical=str(entry["canonical"]),
            forms=frozenset(str(f) for f in entry.get("forms", ())),
            hyphen_only=frozenset(str(f) for f in entry.get("hyphen_only", ())),
            arabic=frozenset(str(f) for f in entry.get("arabic", ())),
            glued=tuple(sorted((str(g) for g in entry.get("glued", ())), key=len, reverse=True)),
            min_rest=int(entry.get("min_rest", 0)),
            glued_assimilated=tuple(str(g) for g in entry.get("glued_assimilated", ())),
            free_assimilated=frozenset(str(f) for f in entry.get("free_assimilated", ())),
            glued_before_consonant=tuple(str(g) for g in entry.get("glued_before_consonant", ())),
            glued_before_vowel=tuple(str(g) for g in entry.get("glued_before_vowel", ())),
            glued_before_article=tuple(str(g) for g in entry.get("glued_before_article", ())),
            sun_letters=str(entry.get("sun_letters", "")),
            article_vowels=str(entry.get("article_vowels", "")),
            arabic_glued=tuple(
                sorted((str(g) for g in entry.get("arabic_glued", ())), key=len, reverse=True)
            ),
            arabic_min_rest=int(entry.get("arabic_min_rest", 0)),
            arabic_not_before=str(entry.get("arabic_not_before", "")),
            l_names=frozenset(str(n) for n in entry.get("l_names", ())),
            glued_min_rest=tuple(
                (str(k), int(v)) for k, v in (entry.get("glued_min_rest") or {}).items()
            ),
        )
        by_kind[kind] = particle
        for form in particle.forms:
            latin.setdefault(form, kind)
        for form in particle.hyphen_only:
            latin_hyphen.setdefault(form, kind)
        for form in particle.arabic:
            arabic.setdefault(form, kind)
        for form in particle.free_assimilated:
            free.setdefault(form, kind)
    return ParticleTable(
        by_kind=by_kind,
        latin=latin,
        latin_hyphen=latin_hyphen,
        arabic=arabic,
        free_assimilated=free,
    )
