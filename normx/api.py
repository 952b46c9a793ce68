"""The library entry point: :class:`Normalizer` loads gazetteers once and answers queries.

>>> from normx import Normalizer
>>> nz = Normalizer.from_records([])
>>> nz.match("Khaled Al-Mashri")
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from normx.errors import NormxError
from normx.gazetteer.schema import ENTITY_TYPES, Record
from normx.match.candidate import Candidate
from normx.match.index import INDEX_FORMAT, NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss import GlossMatcher, merge_candidates
from normx.mt.glossing import _variants, english_words
from normx.mt.lexicon import Lexicon, default_lexicon

if TYPE_CHECKING:
    from normx.mt.backtranslate import BackTransliterator
    from normx.resolve.document import Document


def _check_options(type: str | None, min_score: float | None, top: int) -> float:
    if type is not None and type not in ENTITY_TYPES:
        raise NormxError(f"unknown entity type {type!r}; expected one of {', '.join(ENTITY_TYPES)}")
    if min_score is None:
        return NO_MATCH_THRESHOLD
    if not isinstance(min_score, int | float) or not 0.0 <= float(min_score) <= 1.0:
        raise NormxError(f"min_score must be a number in [0, 1], got {min_score!r}")
    if not isinstance(top, int) or top < 0:
        raise NormxError(f"top must be a non-negative integer, got {top!r}")
    return float(min_score)


BACKTRANSLATE_MIN_WORDS = 1  # one-word names need a near-exact Arabic match (backtranslate.py)


def _words(name: str) -> int:
    return len(name.split())


def gloss_starts(lexicon: Lexicon) -> frozenset[str]:
    """Words a translated gloss slot can start with: first words of lexicon entries and
    transliterated Arabic words (a phrase with none of them is not glossed)."""
    return frozenset({key[0] for key in lexicon.entries if key} | set(lexicon.transliterated))


class _LatinEvidence:
    """What back-translation sees of a normalizer: its spelling matcher and Latin evidence."""

    def __init__(self, normalizer: Normalizer) -> None:
        self.matcher = normalizer.matcher
        self._normalizer = normalizer

    def match(
        self,
        name: str,
        top: int = 5,
        type: str | None = None,
        *,
        min_score: float | None = None,
        explain: bool = False,
    ) -> list[Candidate]:
        threshold = NO_MATCH_THRESHOLD if min_score is None else min_score
        return self._normalizer._match_latin(name, top, type, threshold, explain)


class Normalizer:
    """Gazetteers loaded and indexed, ready to match names and canonicalize documents."""

    def __init__(self, records: Sequence[Record], index: NameIndex) -> None:
        self.records: tuple[Record, ...] = tuple(records)
        self.index = index
        self.matcher = Matcher(index)
        self.by_id: dict[str, Record] = {r.id: r for r in self.records}
        self._gloss: GlossMatcher | None = None
        self._gloss_starts: tuple[Lexicon, frozenset[str]] | None = None
        self.backtransliterator: BackTransliterator | None = None

    @classmethod
    def load(
        cls,
        gazetteers: Iterable[str | Path] = (),
        *,
        defaults: bool = True,
        use_cache: bool = True,
    ) -> Normalizer:
        """Load the shipped gazetteers (unless ``defaults=False``) plus *gazetteers*.

        Parsed gazetteers and the analysed name index are cached on disk, keyed by the content
        of the sources, so a large gazetteer is parsed and analysed once.
        """
        from normx.gazetteer import load_gazetteers
        from normx.gazetteer.cache import load_or_build, store
        from normx.text.resources import analysis_fingerprint

        if isinstance(gazetteers, str | Path):
            gazetteers = [gazetteers]
        gaz = load_gazetteers(list(gazetteers), defaults=defaults, use_cache=use_cache)
        records = tuple(gaz.records)
        if not use_cache:
            return cls(records, NameIndex.build(records))
        key = f"{gaz.fingerprint[:32]}-{analysis_fingerprint()}-i{INDEX_FORMAT}"
        data = load_or_build("match-index", key, lambda: NameIndex.build(records).to_json())
        try:
            index = NameIndex.from_json(records, data)
        except ValueError:  # damaged in a way JSON parsing did not notice: rebuild, replace
            index = NameIndex.build(records)
            store("match-index", key, index.to_json())
        return cls(records, index)

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> Normalizer:
        """A normalizer over records already in memory (tests, programs that build their own)."""
        recs = tuple(records)
        return cls(recs, NameIndex.build(recs))

    def match(
        self,
        name: str,
        top: int = 5,
        type: str | None = None,
        *,
        min_score: float | None = None,
        explain: bool = False,
        joins: bool = True,
    ) -> list[Candidate]:
        """The entities *name* may refer to, best first; empty means "not in the gazetteer".

        ``min_score`` defaults to the documented no-match threshold
        (:data:`normx.match.score.NO_MATCH_THRESHOLD`); 0 lists the best candidates whatever
        their score. Junk input (None, '', emoji, 10,000 characters) gives an empty list.
        ``joins=False`` skips the second pass that pairs two adjacent name parts with one word
        when nothing matched as written (:meth:`normx.match.matcher.Matcher.match`).
        """
        threshold = _check_options(type, min_score, top)
        if not isinstance(name, str):
            return []
        if self.backtransliterator is not None and _words(name) >= BACKTRANSLATE_MIN_WORDS:
            from normx.mt.backtranslate import backtranslate_match

            latin = _LatinEvidence(self)
            return backtranslate_match(
                latin,
                name,
                self.backtransliterator,
                top=top,
                type=type,
                min_score=threshold,
                explain=explain,
            )
        return self._match_latin(name, top, type, threshold, explain, joins)

    def _match_latin(
        self,
        name: str,
        top: int,
        type: str | None,
        min_score: float,
        explain: bool,
        joins: bool = True,
    ) -> list[Candidate]:
        """Spelling and gloss candidates, merged (everything but back-translation)."""
        found = self.matcher.match(
            name, top=top, type=type, min_score=min_score, explain=explain, joins=joins
        )
        if not self._may_gloss(name):
            return merge_candidates(found, [], top=top)
        glossed = self.gloss_matcher.match(
            name, top=top, type=type, min_score=min_score, explain=explain
        )
        return merge_candidates(found, glossed, top=top)

    def _may_gloss(self, name: str) -> bool:
        """False when the gloss matcher cannot find anything for *name*, cheaply.

        It answers only for a phrase with a translated slot: a word (as written or with a
        plural "s" off, as :mod:`normx.mt.glossing` tries it) that starts a lexicon entry or is
        a known transliteration. Most names (persons, places) have none, and skip glossing and
        its place and sound look-ups altogether; the results are the same.
        """
        lexicon = self._gloss.tables.lexicon if self._gloss is not None else default_lexicon()
        starts = self._gloss_starts
        if starts is None or starts[0] is not lexicon:
            starts = self._gloss_starts = (lexicon, gloss_starts(lexicon))
        return any(
            v in starts[1]
            for word in english_words(name, lexicon.function_words)
            for v in _variants(word)
        )

    def use_backtranslation(self, model_dir: str | Path | None = None) -> Normalizer:
        """Also match names through Arabic: a model back-transliterates names whose spelling
        found no confident match, and its hypotheses are matched against the Arabic names.

        *model_dir* is any compatible Marian directory (default: the shipped model). Needs the
        ``mt`` extra (torch, transformers): without it a :class:`MissingExtraError` says how to
        install it. A one-word name is answered through Arabic only when a hypothesis matches an
        Arabic name (near) exactly: a single guessed word that merely resembles a name is a false
        friend. Returns self.
        """
        from normx.mt.backtranslate import BackTransliterator

        self.backtransliterator = BackTransliterator.load(model_dir)
        return self

    @property
    def gloss_matcher(self) -> GlossMatcher:
        """Matches names of bodies that translation rendered word by word (built on first use)."""
        if self._gloss is None:
            self._gloss = GlossMatcher(self.index)
        return self._gloss

    def match_many(
        self,
        names: Iterable[str],
        top: int = 5,
        type: str | None = None,
        *,
        min_score: float | None = None,
        explain: bool = False,
        joins: bool = True,
    ) -> list[list[Candidate]]:
        """:meth:`match` for a batch; each distinct name is matched once.

        With back-translation on, the names that need the model go to it in one batched call.
        """
        listed = [name if isinstance(name, str) else "" for name in names]
        distinct = list(dict.fromkeys(listed))
        memo: dict[str, list[Candidate]] = {}
        if self.backtransliterator is not None:
            threshold = _check_options(type, min_score, top)
            from normx.mt.backtranslate import backtranslate_many

            long = [n for n in distinct if _words(n) >= BACKTRANSLATE_MIN_WORDS]
            found = backtranslate_many(
                _LatinEvidence(self),
                long,
                self.backtransliterator,
                top=top,
                type=type,
                min_score=threshold,
                explain=explain,
            )
            memo.update(zip(long, found, strict=True))
        for name in distinct:
            if name not in memo:
                memo[name] = self.match(
                    name, top, type, min_score=min_score, explain=explain, joins=joins
                )
        return [memo[name] for name in listed]

    def canonicalize(self, text: str) -> Document:
        """Find, link and rewrite the names in one document (see :mod:`normx.resolve`)."""
        from normx.resolve.pipeline import canonicalize_text

        return canonicalize_text(self, text)

    def canonicalize_many(self, texts: Iterable[str], jobs: int = 1) -> Iterator[Document]:
        """:meth:`canonicalize` over a stream of documents, in input order."""
        from normx.resolve.pipeline import canonicalize_stream

        return canonicalize_stream(self, texts, jobs=jobs)
