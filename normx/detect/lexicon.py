"""The word lists detection uses, read from ``normx/detect/data/*.yaml`` once.

Every list is data (titles, stop words, connectors, demonyms, head nouns), so a new title or
head noun is a line in a YAML file, not an ``if``; all words are stored folded
(:func:`normx.text.latin.fold`) because tokens are compared by their folded form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from normx.detect.exonym_tails import exonym_bridges
from normx.detect.french_lower import lower_bodies
from normx.detect.french_names import french_bridges, lower_heads
from normx.detect.tokens import KeepWords
from normx.gazetteer.demonyms import demonym_words
from normx.text.latin import fold
from normx.text.particles import particle_table
from normx.text.resources import package_data, word_list


def detect_data(name: str) -> Any:
    """Parse ``normx/detect/data/<name>`` (YAML) once per process; callers only read it."""
    return package_data("normx.detect", name)


@cache
def function_word_list(subset: str) -> tuple[str, ...]:
    """The named *subset* of the function words of names (``connectors.yaml``:
    ``function_word_sets``) in the file's order, lower-case as written, not folded ("à" is no
    "a"). Read once per process; every word must be in the one list ``function_words``, and a
    word YAML reads as something else ("on" unquoted is a boolean) is refused."""
    every = word_list("normx.detect", "connectors.yaml", "function_words")
    words = word_list("normx.detect", "connectors.yaml", "function_word_sets", subset)
    stray = set(words) - set(every)
    if stray:
        raise ValueError(f"connectors.yaml: {sorted(stray)} of {subset!r} not in function_words")
    return words


@cache
def function_words(subset: str) -> frozenset[str]:
    """:func:`function_word_list` as a set, for the rules that only ask whether a word is one."""
    return frozenset(function_word_list(subset))


def _words(values: Any) -> frozenset[str]:
    return frozenset(fold(str(v)) for v in values or ())


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded word sets for span finding and title stripping."""

    connectors: frozenset[str]
    coordinating: frozenset[str]
    locative: frozenset[str]  # prepositions of place ("from", "near")
    stopwords: frozenset[str]
    titles: frozenset[str]
    title_phrases: tuple[tuple[str, ...], ...]  # longest first
    demonyms: frozenset[str]
    body_heads: frozenset[str]
    unit_heads: frozenset[str]
    facility_heads: frozenset[str] = frozenset()  # body heads of built places ("airport")
    day_months: frozenset[str] = frozenset()  # "Jan" of "Jan. 24" (normx.detect.dates)
    # demonyms of the country table's other languages (French "libyens"): capitalised, a noun
    # of people and no mention ("la majorité des Libyens"); lower case, an adjective inside a
    # French name ("Centre libyen"), so not among `demonyms` (normx.gazetteer.demonyms)
    people_nouns: frozenset[str] = frozenset()
    # title_phrases by first word, each list still longest first: span resolution asks "does a
    # title phrase start at this word?" of many words, and only a few phrases can
    phrases_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.title_phrases:
            if phrase:
                by_first.setdefault(phrase[0], []).append(phrase)
        index = {first: tuple(phrases) for first, phrases in by_first.items()}
        object.__setattr__(self, "phrases_by_first", index)

    def title_phrases_at(self, form: str) -> tuple[tuple[str, ...], ...]:
        """The title phrases opening with the folded word *form*, longest first."""
        return self.phrases_by_first.get(form, ())

    @property
    def keep_words(self) -> KeepWords:
        """The lower-case words sparse tokenisation keeps (:func:`tokenize`)."""
        return _keep_words(self)

    def is_context(self, form: str) -> bool:
        """A word that describes a name without being part of it (title or demonym)."""
        return form in self.titles or form in self.demonyms


@cache
def _keep_words(lex: Lexicon) -> KeepWords:
    table = particle_table()
    return KeepWords(
        heads=lex.body_heads | lex.unit_heads | lower_heads() | lower_bodies(),  # "stade de"
        # the article written apart before its letter ("Dar es Salaam"), where it is no
        # English word: kept, for the units to read it before the next word
        particles=frozenset(table.latin) | (frozenset(table.free_assimilated) - lex.stopwords),
        hyphen_particles=frozenset(table.latin_hyphen),
        # "Chambre des représentants", "Arabie saoudite"
        bridges=lex.connectors | french_bridges() | exonym_bridges(),
    )


@cache
def complement_joins() -> frozenset[str]:
    """The ``joins`` function words without the coordinating ones ("for", "of"): the words that
    join a body's kind words to its complement ("Company for the Post and the
    Telecommunications"), after which an "and" may coordinate the complement of one name
    rather than join two names. One set for the span finder and
    :mod:`normx.resolve.holding_short`, which each took the difference themselves."""
    return function_words("joins") - lexicon().coordinating


@cache
def lexicon() -> Lexicon:
    """The detection lexicon (parsed once per process)."""
    conn = detect_data("connectors.yaml")
    titles = detect_data("titles.yaml")
    heads = detect_data("heads.yaml")
    phrases = tuple(
        sorted(
            (tuple(fold(w) for w in p) for p in titles.get("person_title_phrases", ())),
            key=len,
            reverse=True,
        )
    )
    return Lexicon(
        connectors=_words(conn["inside"]),
        coordinating=_words(conn["coordinating"]),
        locative=_words(conn.get("locative")),
        stopwords=_words(detect_data("stopwords.yaml")["words"]),
        day_months=_words(detect_data("stopwords.yaml").get("day_months")),
        titles=_words(titles["person_titles"]),
        title_phrases=phrases,
        demonyms=_words(detect_data("demonyms.yaml")["words"]) | demonym_words(),
        body_heads=_words(heads["body"]),
        unit_heads=_words(heads["unit"]),
        facility_heads=_words(heads.get("facility")),
        people_nouns=demonym_words("fr"),
    )


@cache
def abbreviations() -> dict[str, str]:
    """Folded short forms of body name words and what they stand for ("corp": "corporation";
    data: ``heads.yaml``)."""
    table = detect_data("heads.yaml").get("abbreviations") or {}
    return {fold(str(k)): fold(str(v)) for k, v in table.items()}
