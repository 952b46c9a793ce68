"""The library entry point: :class:`Normalizer` loads gazetteers once and answers queries.

>>> from normx import Normalizer
>>> nz = Normalizer.from_records([])
>>> nz.match("Khaled Al-Mashri")
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from normx.errors import NormxError
from normx.gazetteer.inherit import Inheritance
from normx.gazetteer.schema import ENTITY_TYPES, Record
from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss import GlossMatcher, merge_candidates
from normx.mt.gloss_head import said_words_first
from normx.mt.glossing import _variants, english_words
from normx.mt.kind_qualifier import foreign_kinds_capped, kind_phrase
from normx.mt.lexicon import Lexicon, default_lexicon
from normx.resolve.gc_pause import collector_held

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

    def __init__(self, normalizer: Normalizer, joins: bool = True) -> None:
        self.matcher = normalizer.matcher
        self._normalizer = normalizer
        self.joins = joins  # as the caller asked: back-translation must not change the Latin side
        # what its Latin answers depend on besides the query and the matcher's index: the
        # back-translation remembers its evidence under it (normx.mt.backtranslate._remembered)
        self.evidence_key = ("normalizer", joins)

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
        return self._normalizer._match_latin(name, top, type, threshold, explain, self.joins)


class Normalizer:
    """Gazetteers loaded and indexed, ready to match names and canonicalize documents."""

    def __init__(
        self,
        records: Sequence[Record],
        index: NameIndex,
        inheritance: Inheritance | None = None,
    ) -> None:
        self.records: tuple[Record, ...] = tuple(records)
        self.index = index
        self.matcher = Matcher(index)
        self.by_id: dict[str, Record] = {r.id: r for r in self.records}
        # names the records answer to because the shipped gazetteers attest them for the same
        # entity (normx.gazetteer.inherit); already part of ``records``' aliases
        self.inheritance: Inheritance = inheritance if inheritance is not None else Inheritance()
        self._gloss: GlossMatcher | None = None
        self._gloss_starts: tuple[Lexicon, frozenset[str]] | None = None
        self.backtransliterator: BackTransliterator | None = None
        # the ids of records with inherited names, for the inheritance they were read from
        self._inheriting: tuple[Inheritance, frozenset[str]] | None = None

    @classmethod
    def load(
        cls,
        gazetteers: Iterable[str | Path] = (),
        *,
        defaults: bool = True,
        use_cache: bool = True,
        inherit: bool = True,
    ) -> Normalizer:
        """Load the shipped gazetteers (unless ``defaults=False``) plus *gazetteers*.

        With ``inherit`` (the default) a record of *gazetteers* that denotes the same entity as
        a shipped record (same type and a shared xref, the same id, or the same unique name:
        :mod:`normx.gazetteer.inherit`) also answers to the shipped record's names; the
        evidence of such a match says ``inherited from <shipped id> (<source>)``, and with the
        defaults loaded the shipped duplicate is left out so the entity has the user's id.
        ``inherit=False`` matches the records exactly as written.

        Parsed gazetteers, the inheritance and the analysed name index are cached on disk,
        keyed by the content of the sources, so a large gazetteer is parsed and analysed once.
        """
        from normx.gazetteer import load_gazetteers
        from normx.gazetteer.compiled import compile_gazetteer

        if isinstance(gazetteers, str | Path):
            gazetteers = [gazetteers]
        gaz = load_gazetteers(list(gazetteers), defaults=defaults, use_cache=use_cache)
        compiled = compile_gazetteer(gaz, defaults=defaults, inherit=inherit, use_cache=use_cache)
        return cls(compiled.records, compiled.index, compiled.inheritance)

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
        widen: bool = True,
    ) -> list[Candidate]:
        """The entities *name* may refer to, best first; empty means "not in the gazetteer".

        ``min_score`` defaults to the documented no-match threshold
        (:data:`normx.match.score.NO_MATCH_THRESHOLD`); 0 lists the best candidates whatever
        their score. Junk input (None, '', emoji, 10,000 characters) gives an empty list.
        ``joins=False`` skips the second pass that pairs two adjacent name parts with one word
        when nothing matched as written, and the last pass that widens the rarest part of a
        query still unconfident (:meth:`normx.match.matcher.Matcher.match`); ``widen=False``
        skips only that last pass (with back-transliteration it is always taken).
        """
        threshold = _check_options(type, min_score, top)
        if not isinstance(name, str):
            return []
        if self.backtransliterator is not None and _words(name) >= BACKTRANSLATE_MIN_WORDS:
            from normx.mt.backtranslate import backtranslate_match

            latin = _LatinEvidence(self, joins)
            found = backtranslate_match(
                latin,
                name,
                self.backtransliterator,
                top=top,
                type=type,
                min_score=threshold,
                explain=explain,
            )
            return self._say_inherited(found) if explain else found
        found = self._match_latin(name, top, type, threshold, explain, joins, widen)
        return self._say_inherited(found) if explain else found

    def _say_inherited(self, candidates: list[Candidate]) -> list[Candidate]:
        """Candidates whose winning name is inherited get ``explain["inherited"]``."""
        if not self.inheritance.names:
            return candidates
        out = []
        inheriting = self._inheriting_ids()
        for c in candidates:
            name = self.inheritance.inherited(c.id, c.matched) if c.id in inheriting else None
            if name is not None:  # a new explain dict: candidates may be cached and shared
                c = replace(c, explain={**c.explain, "inherited": name.explain()})
            out.append(c)
        return out

    def _mark_document(self, doc: Document) -> Document:
        """Mentions linked through an inherited name say so in their evidence
        (``evidence["inherited"]``: the shipped record and its source)."""
        if not self.inheritance.names:
            return doc
        mentions = list(doc.mentions)
        changed = False
        inheriting = self._inheriting_ids()
        for i, m in enumerate(mentions):
            if m.id not in inheriting:  # most mentions: no (id, name) look-up to build
                continue
            name = self.inheritance.inherited(m.id, m.evidence.get("matched"))
            if name is not None:
                evidence = {**m.evidence, "inherited": name.explain()}
                mentions[i] = replace(m, evidence=evidence)
                changed = True
        if not changed:
            return doc
        return replace(doc, mentions=tuple(mentions))

    def _inheriting_ids(self) -> frozenset[str]:
        """The ids of the records that inherit names (of the current ``inheritance``)."""
        inheritance = self.inheritance
        known = self._inheriting
        if known is None or known[0] is not inheritance:
            known = self._inheriting = (
                inheritance,
                frozenset(n.record_id for n in inheritance.names),
            )
        return known[1]

    def _match_latin(
        self,
        name: str,
        top: int,
        type: str | None,
        min_score: float,
        explain: bool,
        joins: bool = True,
        widen: bool = True,
    ) -> list[Candidate]:
        """Spelling and gloss candidates, merged (everything but back-translation)."""
        with collector_held():  # a query's short-lived containers (resolve/gc_pause.py)
            found = self.matcher.match(
                name,
                top=top,
                type=type,
                min_score=min_score,
                explain=explain,
                joins=joins,
                widen=widen,
            )
            if not self._may_gloss(name):
                return merge_candidates(found, [], top=top)
            lex = self.gloss_matcher.tables.lexicon
            if kind_phrase(name, lex):  # "Higher Education Ministry": no foreign body's
                wider = self.matcher.match(  # a foreign body may fill the top: look further
                    name,
                    top=top + 5,
                    type=type,
                    min_score=min_score,
                    explain=explain,
                    joins=joins,
                    widen=widen,
                )
                found = foreign_kinds_capped(name, wider, lex, min_score)[: max(top, 0)]
            glossed = self.gloss_matcher.match(
                name, top=top, type=type, min_score=min_score, explain=explain
            )
            # gloss_head: English names' words first
            glossed = said_words_first(
                name, found, glossed, self.gloss_matcher.gloss, lex.function_words, min_score
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

    def use_backtranslation(
        self, model_dir: str | Path | None = None, *, threads: int | None = None
    ) -> Normalizer:
        """Also match names through Arabic: a model back-transliterates names whose spelling
        found no confident match, and its hypotheses are matched against the Arabic names.

        *model_dir* is any compatible Marian directory (default: the shipped model). *threads*
        sets torch's threads for the process (default: torch's own, one per core): on a busy
        machine one thread is many times faster per name than two fighting other work
        (benchmarks/README.md, "Session 24 (h-btbatch24)"). Needs the
        ``mt`` extra (torch, transformers): without it a :class:`MissingExtraError` says how to
        install it. A one-word name is answered through Arabic only when a hypothesis matches an
        Arabic name (near) exactly: a single guessed word that merely resembles a name is a false
        friend. Returns self.
        """
        from normx.mt.backtranslate import BackTransliterator

        self.backtransliterator = BackTransliterator.load(model_dir, threads=threads)
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
                _LatinEvidence(self, joins),
                long,
                self.backtransliterator,
                top=top,
                type=type,
                min_score=threshold,
                explain=explain,
            )
            if explain:
                found = [self._say_inherited(f) for f in found]
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

        return self._mark_document(canonicalize_text(self, text))

    def canonicalize_many(self, texts: Iterable[str], jobs: int = 1) -> Iterator[Document]:
        """:meth:`canonicalize` over a stream of documents, in input order."""
        from normx.resolve.pipeline import canonicalize_stream

        return map(self._mark_document, canonicalize_stream(self, texts, jobs=jobs))
