"""Matching a name against the index: candidate generation, scoring, ranking, explanation.

:class:`Matcher` generates candidates through the index (exact normalised name, then phonetic
keys and their one-deletion neighbours: the scorer pairs no tokens whose keys are farther
apart), each with an upper bound of its score, scores them in bound order until no bound can
enter the answer, and ranks entities; a query of two parts or more that matches nothing
confidently is asked once more with its rarest part's key neighbours (:meth:`Matcher._widened`).
:class:`BruteForceMatcher`
scores every name with the same scorer: it is the slow, obviously complete reference the tests
compare the indexed matcher against.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter
from typing import Any

import numpy as np
import numpy.typing as npt

from normx.match import calibration, prominence
from normx.match.candidate import Candidate
from normx.match.index import IndexedName, LazyNames, NameIndex
from normx.match.joins import join_floor, joinable, joined_token
from normx.match.qualifier import only_parenthetical, only_qualifier
from normx.match.score import (
    ATTESTED_GUESS_BELOW,
    ATTESTED_GUESS_CAP,
    BOUND_SLACK,
    CHAIN_END_SIM,
    MIN_LIFTING_KEY,
    NO_MATCH_THRESHOLD,
    PAIR_FLOOR,
    SHORT_KEY_RATIO,
    NameScore,
    deletions,
    max_query_weight_forgiven,
    name_test,
    score_tokens_above,
    token_similarity,
)
from normx.match.similarity import KERNEL, token_similarities
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import NameToken, analyse_name, core_tokens, normalize_name
from normx.text.numbers import numbers_differ

MAX_QUERY_CHARS = 300
PREFILTER = 200  # at most this many names are scored per query, best bound first (not complete)
# a token this common only re-ranks names found through rarer tokens (ditto). 4000 (a tenth of
# a 40,000-name gazetteer; 1000 before): Abdallah (1,245 names there) and Asad (3,659) are the
# only parts of "Abdalla As'ad Thini" that reach Abdallah Asad Tahini, and Thini had already
# found 910 other names, so the name was never scored (persons-latin +6 right, none lost;
# tests/match/test_common_parts.py)
COMMON_POSTINGS = 4000
BOUND_CHUNK = 256  # names put in bound order at a time (the ranker mostly stops in the first)
NEIGHBOUR_CACHE_MAX = 10_000  # entries; each a short list of (form, similarity)
KEY_FORMS_MAX = 20_000  # phonetic keys whose forms are kept gathered by script
FEW_POSTINGS = 50  # fewer names than this through a token's key: compare key neighbours too
POSTINGS_CACHE_MAX = 8_000_000  # names held by the remembered per-token arrays (~40 MB)
# answers as written kept for a later ask of the same query with joins (see Matcher.match)
AS_WRITTEN_MAX = 4_096
_RANK_SCAN = getattr(KERNEL, "rank_scan", None)  # None: pure Python, or an old build
_UNSCORED = object()  # a name not scored yet in this ask (_Query.scored)
_FORM, _SIM = itemgetter(0), itemgetter(1)  # of a neighbour search's (form, similarity) pairs


class _Query:
    """A query analysed once: its core tokens, script and normalised form."""

    __slots__ = (
        "arabic", "attested", "core", "joins", "near", "normalized", "scored", "sims", "text",
        "wide",
    )  # fmt: skip

    def __init__(self, text: str) -> None:
        self.text = text
        valid = isinstance(text, str) and 0 < len(text) <= MAX_QUERY_CHARS
        self.core: tuple[NameToken, ...] = core_tokens(analyse_name(text)) if valid else ()
        self.arabic = valid and is_mostly_arabic(text)
        # a Latin name's normalised form is its core forms joined (what normalize_name
        # computes, without analysing the name a second time)
        if not self.core:
            self.normalized = ""
        elif self.arabic:
            self.normalized = normalize_name(text)
        else:
            self.normalized = " ".join(t.form for t in self.core)
        self.sims: dict[tuple[int, str, bool], tuple[float, str]] = {}
        # the neighbour search's own memo (same keys): it compares an index form as the token
        # token_of keeps for it (the readings of an Arabic name's token, say), which may be
        # another token than a name scored holds under that form (a Latin "Aqar" has no
        # 'qar reading). Shared with the scorer, whichever came first decided the pair for
        # the whole query, and a token met before in the process has its neighbours from
        # the matcher's cache: answers then depended on what was asked before (h-memo21).
        self.near: dict[tuple[int, str, bool], tuple[float, str]] = {}
        # adjacent parts written as one (Bach Agha / Bashagha) are tried only in a second pass
        self.joins = False
        # the last pass compares the rarest part with the forms one key deletion away
        # (Matcher._widened)
        self.wide = False
        # whether a one-word Latin query's word is a word of some Latin gazetteer name (worked
        # out by the scorer when first needed: only the index knows)
        self.attested: bool | None = None
        # score_name's answers in this ask, by (name number, joins, the floor it was given or
        # -1.0 when the per-name test had found the token pairs, for which the floor passed is
        # 0.0 whatever the ranker's): one ask ranks the same names again (the joined pass's
        # first names, _pooled's pool after its short ranking, calibration.isolated's lower
        # floors), and a second call with the same arguments reads the memo entries the first
        # one wrote (entries are never overwritten) and so answers the same
        self.scored: dict[tuple[int, bool, float], tuple[float, str, NameScore | None] | None] = {}


class _Postings:
    """The names one query token reaches (ascending, each once), each name's form as a code,
    and the forms' similarities (see :meth:`Matcher._token_postings`)."""

    __slots__ = ("forms", "names", "table")

    def __init__(
        self,
        names: npt.NDArray[np.intc],
        forms: npt.NDArray[np.integer[Any]],
        table: npt.NDArray[np.float64],
    ) -> None:
        self.names = names
        self.forms = forms
        self.table = table

    def sims(self) -> npt.NDArray[np.float64]:
        """Each name's best similarity through the token."""
        return self.table[self.forms]

    def among(
        self, known: npt.NDArray[np.intc] | None, found: npt.NDArray[np.bool_]
    ) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.float64]]:
        """The names of *known* (distinct; *found* flags exactly them) that the token reaches,
        and their similarities: the names that a common token only lifts.

        A common token reaches thousands of names where a query has found a few hundred, so
        the found names are looked up in the token's sorted names (binary search) instead of
        the token's names in the found flags; the pairs are the same either way (each name
        once), only their order differs, and each name gets the same one addition."""
        names = self.names
        if known is None or not len(names):
            return names[:0], self.table[:0]
        if 8 * len(known) >= len(names):
            hit = found[names]
            return names[hit], self.table[self.forms[hit]]
        at = np.searchsorted(names, known)
        at[at == len(names)] = 0
        hit = names[at] == known
        at = at[hit]
        return known[hit], self.table[self.forms[at]]


class _Scorer:
    """Scores a query against indexed names and turns the best ones into candidates."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self._entity_kinds: list[str] | None = None

    def _kinds(self) -> list[str]:
        """Each record's type, by entity number (read for every name the ranker reaches)."""
        if self._entity_kinds is None or len(self._entity_kinds) != len(self.index.records):
            self._entity_kinds = [r.type for r in self.index.records]
        return self._entity_kinds

    def score_name(
        self,
        query: _Query,
        name: IndexedName,
        floor: float = 0.0,
        options: list[tuple[int, int, float, str]] | None = None,
    ) -> tuple[float, str, NameScore | None] | None:
        """The score of one name, how it matched, and the components (None for exact); None
        instead when the score is certainly below *floor* (:func:`score_tokens_above`).
        *options*: the token pairs, when :meth:`rank` has found them already."""
        cross = (name.lang == "ar") != query.arabic
        if query.normalized and query.normalized == name.normalized:
            method = "exact" if fold(query.text) == fold(name.text) else "normalised"
            return 1.0, method, None
        result = score_tokens_above(
            query.core,
            name.tokens,
            floor,
            cross_script=cross,
            person=self.index.records[name.entity].type == "PER",
            sims=query.sims,
            weigh=self.index.weights,
            joins=query.joins,
            options=options,
        )
        if result is None or numbers_differ(query.core, name.tokens):  # 116th Brigade / 128th
            return None
        if (
            name.lang == "en"
            and self.index.records[name.entity].type != "PER"
            and only_qualifier(name.text, name.tokens, (p.ni for p in result.pairs))
        ):
            return None  # "Lebanon" spells only the qualifier of "Tripoli, Lebanon"
        if (
            name.lang == "en"
            and self.index.records[name.entity].type != "PER"
            and self._names_other(
                name, only_parenthetical(name.text, name.tokens, (p.ni for p in result.pairs))
            )
        ):
            return None  # "Criminal Court" spells only "(International Criminal Court)"
        if ATTESTED_GUESS_CAP < result.score < ATTESTED_GUESS_BELOW and self._attested_guess(
            query, name, result
        ):
            result = NameScore(
                ATTESTED_GUESS_CAP,
                result.pairs,
                result.precision,
                result.recall,
                (*result.penalties, "attested word read loosely"),
            )
        hows = {p.how for p in result.pairs}
        if cross:
            method = "cross-script"
        elif hows <= {"exact", "key"} and result.pairs:
            method = "phonetic"
        else:
            method = "fuzzy"
        return result.score, method, result

    def _names_other(self, name: IndexedName, words: str) -> bool:
        """Whether *words* (the closing parenthesis of *name*, which the query alone spelled)
        are, normalised, a name of another entity of the index: "Office of the Prosecutor
        (International Criminal Court)" beside the court's own record. The query then named
        that entity, not this one; a parenthesis naming nothing else may be the name's own other
        name, and keeps its pairs."""
        if not words:
            return False
        found = self.index.exact.get(normalize_name(words), ())
        return any(self.index.names[i].entity != name.entity for i in found)

    def _attested_guess(self, query: _Query, name: IndexedName, result: NameScore) -> bool:
        """True when a one-word Latin query reads loosely into another one-word name (across
        scripts or not) while the gazetteer writes the query's word in some Latin name.

        "Jufra" read as الجعافرة (0.83) or Al Ja`afirah (0.81) outscored Jufra District (0.78,
        the exact word in a longer name) under a 40,000-record gazetteer: an attested spelling
        is evidence for the entities that write it, while a loose reading of a different word
        is a guess that many one-word names offer by chance. Such a reading (below
        :data:`normx.match.score.ATTESTED_GUESS_BELOW`; closer ones are spelling variants:
        Sidra / Es Sider 0.89) is capped just below the exact word's cap
        (:data:`normx.match.score.ATTESTED_GUESS_CAP`): it still links when no other name
        competes, and never outranks the names that write the word.
        """
        if query.arabic or len(query.core) != 1 or len(name.tokens) != 1:
            return False
        if any(p.how == "exact" for p in result.pairs):
            return False
        if query.attested is None:
            query.attested = query.core[0].form in self.index.latin_forms
        return query.attested

    def rank(
        self,
        query: _Query,
        bounded: Iterable[tuple[int, float]],
        *,
        top: int,
        type: str | None,
        min_score: float,
        explain: bool,
    ) -> list[Candidate]:
        """Score names in order of their upper bound and stop once no bound can enter the top.

        *bounded* pairs each name id with an upper bound of its score, highest first; a name
        whose bound is below both *min_score* and the current top-th entity score cannot change
        the answer, and neither can any name after it. Each name reached is first bounded more
        tightly from its own token pairs (:func:`normx.match.score.score_upper_bound`, which
        knows which query tokens pair with nothing, the name coverage and the one-word cap) and
        skipped when that is below the floor: most names a query reaches are such names.
        """
        best: dict[int, tuple[float, bool, IndexedName, str, NameScore | None]] = {}
        records = self.index.records
        floor = min_score
        limit = [floor]  # the floor as the walk reads it (raised below as the top fills)
        kth = -1.0  # the top-th best entity score so far (-1 until there are top entities)
        memo, joins = query.scored, query.joins
        for ni, name, options in self._walk(query, bounded, type, limit):
            # with the bound passed, floor 0 only skips bounding the name a second time; a
            # name met again in the same ask (the joined pass's ranking, the short ranking's
            # pool, isolation's lower floors) is scored once (see _Query.scored)
            key = (ni, joins, -1.0 if options is not None else floor)
            scored = memo.get(key, _UNSCORED)
            if scored is _UNSCORED:
                scored = memo[key] = self.score_name(
                    query, name, floor if options is None else 0.0, options
                )
            if scored is None:
                continue
            score, method, parts = scored
            entity = name.entity
            prev = best.get(entity)
            if prev is None or (score, name.canonical) > (prev[0], prev[1]):
                best[entity] = (score, name.canonical, name, method, parts)
                # the top-th best score changes only when a score above it comes in: a lower
                # one, or an entity rising to a score still at most the top-th, leaves it be
                if len(best) >= top and score > kth:
                    kth = heapq.nlargest(top, [v[0] for v in best.values()])[-1]
                    floor = limit[0] = max(min_score, kth)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], not kv[1][1], records[kv[0]].id))
        out: list[Candidate] = []
        for entity, (score, _canon, name, method, parts) in ranked:
            if score < min_score or len(out) >= top:
                break
            rec = records[entity]
            detail = self._explain(query, name, score, parts) if explain else {}
            out.append(Candidate(rec.id, rec.canonical, rec.type, score, name.text, method, detail))
        return out

    def _walk(
        self,
        query: _Query,
        bounded: Iterable[tuple[int, float]],
        type: str | None,
        limit: list[float],
    ) -> Iterator[tuple[int, IndexedName, list[tuple[int, int, float, str]] | None]]:
        """The names :meth:`rank` scores (number and name), in bound order, each with its
        token pairs when the
        per-name test found them (None when it was not asked): the walk stops at the first
        bound below the floor (``limit[0]``, which the ranker raises as its top fills) and
        passes over names of another *type* and names that cannot reach the floor.

        Without joins, a name's token pairs and bound are worked out here, and the ranker
        scores only the names whose bound reaches the floor (the same calls, memo reads and
        writes as inside score_name, without the calls around them). With the compiled kernel
        the walk over :meth:`Matcher.candidate_names`' arrays is one call per name scored
        (``rank_scan``: the same tests in the same order; this loop is the reference, and the
        only path for other iterables: the complete and brute-force matchers')."""
        names = self.index.names
        normalized, sims, arabic = query.normalized, query.sims, query.arabic
        within = name_test(query.core, self.index.weights) if not query.joins else None
        made, kinds = _made_names(names), self._kinds()
        if _RANK_SCAN is not None and isinstance(bounded, _BoundOrder):
            ids, bounds, at = bounded.ids, bounded.bounds, 0
            while True:
                at, found, options = _RANK_SCAN(
                    ids, bounds, at, limit[0], names, made, kinds, type, within, normalized,
                    arabic, sims,
                )  # fmt: skip
                if at < 0:
                    return
                ni = int(ids[at])
                at += 1
                yield ni, found, options
        for ni, bound in bounded:
            floor = limit[0]
            if bound < floor:
                return
            name = made[ni] if made is not None else None
            if name is None:
                name = names[ni]
            kind = kinds[name.entity]
            if type is not None and kind != type:
                continue
            # a name that cannot reach the floor changes neither the answer nor the floor
            # (its score would stay below the top-th score or min_score): not scored
            options = None
            if (
                within is not None
                and floor > 0.0
                and name.tokens
                and not (normalized and normalized == name.normalized)
            ):
                cross = (name.lang == "ar") != arabic
                options = within(name.tokens, cross, sims, kind == "PER", floor)
                if options is None:
                    continue
            yield ni, name, options

    @staticmethod
    def _explain(
        query: _Query, name: IndexedName, score: float, parts: NameScore | None
    ) -> dict[str, Any]:
        components: dict[str, Any] = (
            parts.explain(query.core, name.tokens)
            if parts is not None
            else {"pairs": [], "query_coverage": 1.0, "name_coverage": 1.0, "penalties": []}
        )
        return {
            "query_normalized": query.normalized,
            "query_tokens": [{"form": t.form, "key": t.key} for t in query.core],
            "matched_normalized": name.normalized,
            "matched_tokens": [{"form": t.form, "key": t.key} for t in name.tokens],
            "matched_lang": name.lang,
            **components,
            "score": round(score, 4),
            "threshold": NO_MATCH_THRESHOLD,
        }


class Matcher:
    """The indexed matcher (the one normx uses)."""

    def __init__(self, index: NameIndex, *, complete: bool = False) -> None:
        self.index = index
        # every token compared with the forms one key deletion away, however common its key:
        # the candidate bounds are then true bounds (see candidate_names), at a cost
        self.complete = complete
        self._scorer = _Scorer(index)
        # neighbours of a query token, kept across queries: names repeat (Mohamed, Tripoli)
        self._neighbours: dict[tuple[NameToken, bool, bool], list[tuple[str, float]]] = {}
        self._sized: dict[tuple[NameToken, bool, bool], tuple[list[tuple[str, float]], int]] = {}
        self._postings_of: dict[tuple[NameToken, bool, bool], _Postings] = {}
        # the index forms of a phonetic key, by script (see _key_forms)
        self._by_key: dict[
            str,
            tuple[tuple[str, ...], tuple[NameToken, ...], tuple[str, ...], tuple[NameToken, ...]],
        ] = {}
        self._wide: dict[str, list[str]] = {}  # see _wide_keys
        self._short: dict[
            tuple[str, int],
            tuple[tuple[str, ...], tuple[NameToken, ...], tuple[str, ...], tuple[NameToken, ...]],
        ] = {}  # see _short_key_forms
        self._postings_size = 0
        self._acc: npt.NDArray[np.float64] | None = None
        self._found: npt.NDArray[np.bool_] | None = None
        self._ends: npt.NDArray[np.uint8] | None = None
        self._marks: npt.NDArray[np.int32] | None = None  # see _distinct_postings
        self._reached: npt.NDArray[np.intc] = np.zeros(0, np.intc)  # see _scratch
        # the first pass's answer of recent queries asked without joins, by query and options:
        # canonicalize asks a few hundred unlinked names again with joins, whose first pass
        # is the same ranking (a tenth of a first pass asked twice, session 15)
        self._as_written: dict[tuple[str, int, str | None, float, bool], list[Candidate]] = {}
        self._prominence: dict[str, int] | None = None  # see _prominent

    def _token_neighbours(
        self, query: _Query, qi: int, tok: NameToken, *, near: bool
    ) -> list[tuple[str, float]]:
        """:meth:`_find_neighbours`, remembered across queries (bounded)."""
        key = (tok, query.arabic, near)
        found = self._neighbours.get(key)
        if found is None:
            if len(self._neighbours) >= NEIGHBOUR_CACHE_MAX:
                self._neighbours.clear()
            found = self._neighbours[key] = self._find_neighbours(query, qi, tok, near=near)
        return found

    def _sized_neighbours(
        self, query: _Query, qi: int, tok: NameToken, *, near: bool
    ) -> tuple[list[tuple[str, float]], int]:
        """:meth:`_token_neighbours` with the number of postings they reach (remembered too)."""
        key = (tok, query.arabic, near)
        found = self._sized.get(key)
        if found is None:
            scored = self._token_neighbours(query, qi, tok, near=near)
            if len(self._sized) >= NEIGHBOUR_CACHE_MAX:
                self._sized.clear()
            postings = self.index.postings
            # the postings' total size, summed in C (map chains, no generator frame)
            size = sum(map(len, map(postings.__getitem__, map(_FORM, scored))))
            found = self._sized[key] = (scored, size)
        return found

    def _find_neighbours(
        self, query: _Query, qi: int, tok: NameToken, *, near: bool
    ) -> list[tuple[str, float]]:
        """Index token forms similar to query token *tok*, with similarities, best first.

        ``near``: the token's own form and the forms sharing its phonetic key; otherwise also
        the forms whose key is one deletion away.
        """
        idx = self.index
        ar_cross, la_cross = not query.arabic, query.arabic
        groups: list[tuple[Sequence[str], Sequence[NameToken], bool]]
        if near and not tok.alts and len(tok.key) >= MIN_LIFTING_KEY:
            # the usual case: the forms sharing the token's key, laid out once per key
            ar_forms, ar_tokens, la_forms, la_tokens = self._key_forms(tok.key)
            own = tok.form
            if own in idx.postings and own not in idx.by_key.get(tok.key, ()):
                if own in idx.arabic_forms:
                    ar_forms, ar_tokens = (*ar_forms, own), (*ar_tokens, idx.token_of[own])
                if own in idx.latin_forms:
                    la_forms, la_tokens = (*la_forms, own), (*la_tokens, idx.token_of[own])
            groups = [(ar_forms, ar_tokens, ar_cross), (la_forms, la_tokens, la_cross)]
        else:
            # the forms of each reading's key (or of the keys one deletion away), gathered by
            # key and script once per run (_key_forms), plus the readings' own forms: the
            # same forms as the union of those sets, some listed twice (the second is a memo
            # hit, and the best similarity per form is a maximum: the same answer)
            ar_forms, ar_tokens, la_forms, la_tokens = [], [], [], []
            own_forms: list[str] = []
            for form, key in ((tok.form, tok.key), *tok.alts):
                own_forms.append(form)
                if not key:
                    continue
                if near and len(key) < MIN_LIFTING_KEY:
                    # a short key ("Ali", "Issa") is shared by hundreds of forms; a Latin form
                    # can pair only if its length allows the string ratio a short-key pair needs
                    parts = [self._short_key_forms(key, len(form))]
                elif near:
                    parts = [self._key_forms(key)]
                else:
                    parts = [self._key_forms(k2) for k2 in self._wide_keys(key)]
                for a_f, a_t, l_f, l_t in parts:
                    ar_forms += a_f
                    ar_tokens += a_t
                    la_forms += l_f
                    la_tokens += l_t
            postings, token_of = idx.postings, idx.token_of
            for form in own_forms:
                if form in postings:
                    if form in idx.arabic_forms:
                        ar_forms.append(form)
                        ar_tokens.append(token_of[form])
                    if form in idx.latin_forms:
                        la_forms.append(form)
                        la_tokens.append(token_of[form])
            groups = [(ar_forms, ar_tokens, ar_cross), (la_forms, la_tokens, la_cross)]
        sims = query.near  # never query.sims: see _Query
        best: dict[str, float] = {}
        for group, tokens, cross in groups:
            if not group:
                continue
            if KERNEL is not None:
                # the loop below in C: the same memo reads and writes, the same best values
                KERNEL.neighbour_sims(tok, group, tokens, cross, qi, sims, best, PAIR_FLOOR)
                continue
            keys = [(qi, f, cross) for f in group]
            fresh = [k for k in keys if k not in sims]
            values: Sequence[tuple[float, str]]
            if len(fresh) == len(keys):  # the query's first search of this token: all new
                values = token_similarities(tok, tokens, cross_script=cross)
                sims.update(zip(keys, values, strict=True))
            else:
                if fresh:
                    found = token_similarities(
                        tok, [idx.token_of[f] for _, f, _ in fresh], cross_script=cross
                    )
                    sims.update(zip(fresh, found, strict=True))
                values = [sims[k] for k in keys]
            # a form seen in both scripts gets its better similarity: this is an upper bound
            for f, (sim, _how) in zip(group, values, strict=True):
                if sim >= PAIR_FLOOR and sim > best.get(f, 0.0):
                    best[f] = sim
        scored = list(best.items())
        # best first, ties by form (no hash-seed order): two stable sorts, no key tuples
        scored.sort(key=itemgetter(0))
        scored.sort(key=itemgetter(1), reverse=True)
        return scored

    def _key_forms(
        self, key: str
    ) -> tuple[tuple[str, ...], tuple[NameToken, ...], tuple[str, ...], tuple[NameToken, ...]]:
        """The index forms with phonetic *key* that come from Arabic-script names and their
        tokens, then those from Latin-script names (a form may be in both): every new query
        token with that key is compared with them, so they are gathered once (bounded)."""
        found = self._by_key.get(key)
        if found is None:
            idx = self.index
            forms = [f for f in idx.by_key.get(key, ()) if f in idx.postings]
            arabic = tuple(f for f in forms if f in idx.arabic_forms)
            latin = tuple(f for f in forms if f in idx.latin_forms)
            token_of = idx.token_of
            if len(self._by_key) >= KEY_FORMS_MAX:
                self._by_key.clear()
            found = self._by_key[key] = (
                arabic,
                tuple(map(token_of.__getitem__, arabic)),
                latin,
                tuple(map(token_of.__getitem__, latin)),
            )
        return found

    def _wide_keys(self, key: str) -> list[str]:
        """The index keys one deletion away from *key* (each once; *key* itself if indexed):
        the keys whose forms the widened neighbour search compares (remembered, bounded)."""
        found = self._wide.get(key)
        if found is None:
            deletes = self.index.deletes
            found = list(dict.fromkeys(k2 for d in deletions(key) for k2 in deletes.get(d, ())))
            if len(self._wide) >= KEY_FORMS_MAX:
                self._wide.clear()
            self._wide[key] = found
        return found

    def _short_key_forms(
        self, key: str, size: int
    ) -> tuple[tuple[str, ...], tuple[NameToken, ...], tuple[str, ...], tuple[NameToken, ...]]:
        """:meth:`_key_forms` of a short *key* for a form of *size* letters: the Arabic-script
        forms and the Latin ones whose length allows the string ratio a short-key pair needs
        (remembered, bounded; a short key is shared by hundreds of forms)."""
        found = self._short.get((key, size))
        if found is None:
            ar_forms, ar_tokens, la_forms, la_tokens = self._key_forms(key)
            arabic = self.index.arabic_forms
            kept = [
                i
                for i, other in enumerate(la_forms)
                if other in arabic
                or 2 * min(size, len(other)) / (size + len(other)) >= SHORT_KEY_RATIO
            ]
            found = (
                ar_forms,
                ar_tokens,
                tuple(la_forms[i] for i in kept),
                tuple(la_tokens[i] for i in kept),
            )
            if len(self._short) >= KEY_FORMS_MAX:
                self._short.clear()
            self._short[key, size] = found
        return found

    def _token_postings(self, query: _Query, qi: int, tok: NameToken, *, near: bool) -> _Postings:
        """The names reached through :meth:`_sized_neighbours` (each once, in ascending order)
        and each name's form as a code into the forms' similarities, best first (remembered,
        bounded by their total size: the codes are small, the similarities exact float64);
        :meth:`_Postings.sims` gives each name's best similarity.

        The forms come best first, so a name's first occurrence in their postings, taken in
        that order, carries its best similarity: the value the dictionaries of the scalar sum
        kept (worst first, the best written last)."""
        key = (tok, query.arabic, near)
        found = self._postings_of.get(key)
        if found is None:
            scored, size = self._sized_neighbours(query, qi, tok, near=near)
            ids, spans = self.index.posting_table
            slices = list(map(spans.__getitem__, map(_FORM, scored)))
            table = np.fromiter(map(_SIM, scored), np.float64, count=len(scored))
            if len(slices) == 1:  # a name lists a form once: already distinct
                a, b = slices[0]
                names = ids[a:b]  # a view, no copy
                if len(names) > 1 and not bool((names[1:] > names[:-1]).all()):
                    names = np.sort(names)  # postings are built in name order: never here
                found = _Postings(names, np.zeros(b - a, np.uint8), table)
                held = b - a  # counted all the same: the codes are one byte per name
            else:
                code = np.uint8 if len(slices) <= 256 else np.int32
                if KERNEL is not None and ids.dtype.itemsize == 4:
                    names, codes = self._distinct_postings(ids, slices, size)
                    found = _Postings(names, codes.astype(code), table)
                else:
                    lengths = np.fromiter((b - a for a, b in slices), np.intp, count=len(slices))
                    reached = np.concatenate([ids[a:b] for a, b in slices]) if slices else ids[:0]
                    names, first = np.unique(reached, return_index=True)
                    # each name's form (best first, so its first occurrence is its best one)
                    forms = np.repeat(np.arange(len(slices), dtype=code), lengths)
                    found = _Postings(names, forms[first], table)
                held = len(names)
            self._postings_size += held
            if self._postings_size > POSTINGS_CACHE_MAX:
                self._postings_of.clear()
                self._postings_size = held
            self._postings_of[key] = found
        return found

    def _distinct_postings(
        self, ids: npt.NDArray[np.intc], slices: list[tuple[int, int]], total: int
    ) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.int32]]:
        """The names of ``ids[a:b]`` over *slices*, each once and ascending, and the slice each
        is first listed in: what ``np.unique(..., return_index=True)`` over the concatenated
        slices gives, from the compiled kernel (marks in a per-name scratch array instead of a
        sort of every posting). *total*: the slices' summed length (the token's postings size,
        :meth:`_sized_neighbours`)."""
        assert KERNEL is not None
        if self._marks is None or len(self._marks) != len(self.index.names):
            self._marks = np.zeros(len(self.index.names), np.int32)
        names = np.empty(total, ids.dtype)
        codes = np.empty(total, np.int32)
        count = KERNEL.distinct_postings(ids, slices, self._marks, names, codes)
        return names[:count].copy(), codes[:count]

    def _joined_postings(
        self,
        query: _Query,
        acc: npt.NDArray[np.float64],
        found: npt.NDArray[np.bool_],
        new_names: list[npt.NDArray[np.intc]],
    ) -> int:
        """Add the names holding one token that two adjacent query parts make written as one
        (:mod:`normx.match.joins`: Bach Agha / Bashagha), at least as alike as a join needs,
        credited with both parts' weight; the number of names newly found."""
        weigh = self.index.weights
        core = query.core
        added = 0
        for at in range(len(core) - 1):
            if not (joinable(core[at]) and joinable(core[at + 1])):
                continue
            a, b = core[at], core[at + 1]
            names, sims = self._joined_names(query, at, joined_token(a, b), (a, b))
            fresh = names[~found[names]]
            if len(fresh):
                new_names.append(fresh)
                added += len(fresh)
                found[fresh] = True
            acc[names] += (weigh(a) + weigh(b)) * sims
        return added

    def _joined_names(
        self, query: _Query, at: int, tok: NameToken, parts: tuple[NameToken, NameToken]
    ) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.float64]]:
        """The names holding a form that joined query token *tok* matches as a join must
        (:func:`normx.match.joins.join_floor` for the form's script), and each one's best
        similarity. Forms that either part pairs with alone are left out: the part reaches
        them itself, and the scorer joins only parts that pair with nothing (Muhammad Habu
        glued is 0.8 alike to Muhammad itself)."""
        idx = self.index
        near = (
            not self.complete
            and self._sized_neighbours(query, -1 - at, tok, near=True)[1] >= FEW_POSTINGS
        )
        scored, _size = self._sized_neighbours(query, -1 - at, tok, near=near)
        same, cross = join_floor(False), join_floor(True)
        kept = []
        for form, sim in scored:
            crossed = (form in idx.arabic_forms) != query.arabic
            if sim < (cross if crossed else same):
                continue
            other = idx.token_of[form]
            if any(
                token_similarity(part, other, cross_script=crossed, floor=PAIR_FLOOR)[0]
                >= PAIR_FLOOR
                for part in parts
            ):
                continue
            kept.append((form, sim))
        if not kept:
            return np.zeros(0, np.intc), np.zeros(0, np.float64)
        ids, spans = idx.posting_table
        slices = [spans[f] for f, _ in kept]  # best first: a name's first one is its best
        reached = np.concatenate([ids[x:y] for x, y in slices])
        values = np.repeat(
            np.fromiter((sim for _, sim in kept), np.float64, count=len(kept)),
            [y - x for x, y in slices],
        )
        names, first = np.unique(reached, return_index=True)
        return names, values[first]

    def _scratch(
        self,
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], npt.NDArray[np.uint8]]:
        """Per-name sums, found flags and counts of query ends reaching the name closely, all
        zero between queries (a query resets what it set), so a query pays for the names it
        reaches, not for the index size."""
        if self._acc is None or len(self._acc) != len(self.index.names):
            self._acc = np.zeros(len(self.index.names), np.float64)
            self._found = np.zeros(len(self.index.names), np.bool_)
            self._ends = np.zeros(len(self.index.names), np.uint8)
            # the names found, in order (the compiled step's list: every name at most once)
            self._reached = np.zeros(len(self.index.names), np.intc)
        assert self._found is not None and self._ends is not None
        return self._acc, self._found, self._ends

    def _bounds(
        self, query: _Query, neighbours: list[tuple[int, int, NameToken, bool]], min_score: float
    ) -> tuple[npt.NDArray[np.intc], npt.NDArray[np.float64]]:
        """The names the query's tokens reach and their bounds (see :meth:`candidate_names`).

        Each token's step (flag and list the names it finds, add its weighted similarity to
        every name it reaches, count the query ends a name pairs closely) is one call of the
        compiled ``bound_add`` when the kernel is built, else the numpy operations below, the
        reference: the same additions in the same order per name, so the same bounds
        (tests/match/test_bound_add.py)."""
        idx = self.index
        acc, found, ends = self._scratch()
        add = getattr(KERNEL, "bound_add", None)
        reached_buf = self._reached if add is not None else None
        weigh = idx.weights  # the scorer's weights: the bounds stay bounds
        remaining = sum(weigh(t) for t in query.core)
        # a score's smallest denominator, for a name that is a short form of the query (chain)
        # and for any other
        chain_total = remaining - max_query_weight_forgiven(query.core, weigh)
        total = remaining - max_query_weight_forgiven(query.core, weigh, chain=False)
        last = len(query.core) - 1
        chain = chain_total < total
        if chain and query.joins:
            # two parts written as one make other query ends: every name keeps the loose bound
            total, chain = chain_total, False
        ends_to_come = 2 if chain else 0  # query ends not yet visited
        close_ends: npt.NDArray[np.bool_] | None = None
        new_names: list[npt.NDArray[np.intc]] = []  # each name once, in the order found
        count = 0  # names found so far
        listed = False  # whether reached_buf[:count] lists them (else new_names does)
        try:
            exact = list(dict.fromkeys(idx.exact.get(query.normalized, ())))
            if exact:
                first = np.array(exact, np.intc)
                new_names.append(first)
                count = len(exact)
                found[first] = True
                acc[first] = 100.0
            # first, so that the single parts (some visited when only names already found are
            # lifted) add to the names a joined pair finds
            if query.joins:
                count += self._joined_postings(query, acc, found, new_names)
            if reached_buf is not None:  # from here on the compiled step lists the names
                if new_names:
                    reached_buf[:count] = np.concatenate(new_names)
                listed = True
            for size, qi, tok, near in neighbours:
                weight = weigh(tok)
                # a name found from here on is a short form only if no end was visited before
                least = chain_total if ends_to_come == 2 else total
                hopeless = remaining / least < min_score and count > 0
                remaining -= weight
                postings = self._token_postings(query, qi, tok, near=near)
                # only names already found are lifted
                lift = hopeless or (
                    not self.complete and size > COMMON_POSTINGS and count >= PREFILTER
                )
                end = bool(ends_to_come) and (qi == 0 or qi == last)
                if end:
                    ends_to_come -= 1
                if listed:
                    assert add is not None and reached_buf is not None
                    count = add(
                        postings.names,
                        postings.forms,
                        postings.table,
                        weight,
                        acc,
                        found,
                        reached_buf,
                        count,
                        lift,
                        ends,
                        CHAIN_END_SIM if end else -1.0,
                    )
                    continue
                if lift:
                    if len(new_names) > 1:
                        new_names[:] = [np.concatenate(new_names)]
                    names, sims = postings.among(new_names[0] if new_names else None, found)
                else:
                    names, sims = postings.names, postings.sims()
                    fresh = names[~found[names]]
                    if len(fresh):
                        new_names.append(fresh)
                        count += len(fresh)
                        found[fresh] = True
                acc[names] += weight * sims  # names are distinct: one addition each
                if end:
                    ends[names[sims >= CHAIN_END_SIM]] += 1  # names found: reset below
        finally:
            if listed:
                assert reached_buf is not None
                reached = reached_buf[:count].copy()
            else:
                reached = np.concatenate(new_names) if new_names else np.zeros(0, np.intc)
            sums = acc[reached]
            acc[reached] = 0.0
            found[reached] = False
            if chain:
                close_ends = ends[reached] == 2
                ends[reached] = 0
        bounds = sums / (total if close_ends is None else np.where(close_ends, chain_total, total))
        return reached, bounds

    def candidate_names(self, query: _Query, min_score: float = 0.0) -> Iterable[tuple[int, float]]:
        """Names worth scoring with an upper bound of their score, highest bound first.

        Each query token collects the index's token forms that share its phonetic key or a
        one-deletion neighbour of it (the scorer pairs no others); a name's bound is the sum
        over query tokens of its best token similarity over the least denominator of its score.
        Tokens are visited rarest first; once the tokens still to come could not lift a new
        name to *min_score* on their own, they only add to names already found (exact).

        By default three cuts keep the matcher fast, and make the bounds no bounds: a token
        with at least :data:`FEW_POSTINGS` names through its own key skips the forms one key
        deletion away, a token above :data:`COMMON_POSTINGS` names only lifts names already
        found, and at most :data:`PREFILTER` names are scored. With ``complete`` none is made:
        the ranker scores names in bound order (:func:`_in_bound_order`) and stops at the first
        bound below its floor, so the answer is what scoring every name gives
        (``tests/match/test_true_bounds.py``). Measured (session 9, benchmarks/bench_match.py
        and run_eval): a first pass costs ~4x (every form of the neighbouring keys compared),
        and the eval sets lose more top-1 answers than they win (13 won, 20 lost: a key
        neighbour pairs at 0.7-0.8 and outscores the right name, Omar al-Ghaddafi -> Omar
        Ajjawi Al-Gadabi), so it is not the default: the scorer, not the candidate generation,
        has to learn that a common key's neighbours are weak evidence first. The same neighbours
        are read in the last pass of a query that matched nothing confidently
        (:meth:`_widened`, ``query.wide``), whose answer counts only when it is confident.

        A name earns the scorer's chain discount (a short form of a longer person query,
        :data:`normx.match.score.CHAIN_DISCOUNT`) only when both query ends pair with it at
        least :data:`normx.match.score.CHAIN_END_SIM` alike: only the names both ends reach that
        closely are bounded with that discount, the others with the usual one (bounding every
        name of such a query with it let about a fifth more names through to be scored).

        The sums are numpy arrays over all names (float64, added in the same order as scalar
        sums would be, so every bound is the same number); each token's names and best
        similarities are worked out once and remembered (:meth:`_token_postings`).
        """
        neighbours = []
        for qi, tok in enumerate(query.core):
            near = True
            _scored, size = self._sized_neighbours(query, qi, tok, near=True)
            if self.complete or size < FEW_POSTINGS:
                near = False
                _scored, size = self._sized_neighbours(query, qi, tok, near=False)
            neighbours.append((size, qi, tok, near))
        neighbours.sort(key=itemgetter(0))  # rarest token first
        if query.wide and neighbours[0][3]:  # the last pass: the rarest part widened
            _size, qi, tok, _near = neighbours[0]
            neighbours[0] = (self._sized_neighbours(query, qi, tok, near=False)[1], qi, tok, False)
            neighbours.sort(key=itemgetter(0))
        reached, bounds = self._bounds(query, neighbours, min_score)
        # a name whose bound is below min_score is never scored (rank stops at the first one),
        # so only the others are ordered; equal sums go in name order, so the answer never
        # depends on the order the names were found in
        if self.complete:
            if min_score > 0.0:
                keep = bounds + BOUND_SLACK >= min_score
                reached, bounds = reached[keep], bounds[keep]
            return _in_bound_order(reached, bounds)
        if min_score > 0.0:
            keep = bounds >= min_score
            reached, bounds = reached[keep], bounds[keep]
        if len(bounds) > PREFILTER:
            # only names at or above the PREFILTER-th best bound can make the cut
            cut = np.partition(bounds, len(bounds) - PREFILTER)[len(bounds) - PREFILTER]
            keep = bounds >= cut
            reached, bounds = reached[keep], bounds[keep]
        order = np.lexsort((reached, -bounds))[:PREFILTER]
        # each bound at most 1 (min(1.0, b) of every pair, as arrays)
        return _BoundOrder(
            np.ascontiguousarray(reached[order], np.intc), np.minimum(bounds[order], 1.0)
        )

    def match(
        self,
        name: str,
        *,
        top: int = 5,
        type: str | None = None,
        min_score: float = NO_MATCH_THRESHOLD,
        explain: bool = False,
        joins: bool = True,
        widen: bool = True,
    ) -> list[Candidate]:
        """Rank the entities *name* may refer to; an empty list means "not in the gazetteer".

        With *joins*, a query that matched nothing at the no-match threshold as written is
        tried again with two adjacent parts of either name written as one (Bach Agha /
        Bashagha), and a query of two parts or more still unconfident after both is asked a
        last time with its rarest part widened (:meth:`_widened`); a caller
        that asks many hopeless queries (canonicalize's spans) may skip both; *widen* False
        skips only the last (for a caller that reads only a confident joined reading: that
        pass holds none, and is taken only when the joining pass was not confident)."""
        query = _Query(name)
        if not query.core or top <= 0:
            return []
        asked_top, parts = top, len(query.core)
        if parts == 1 and self._weights():  # namesakes' near-tie read from a wider pool
            top = max(top, prominence.POOL)
        passes = (False, True) if joins else (False,)
        found: list[Candidate] = []
        # keyed by the asked top: a pool ranked short (_pooled) serves only the same top
        asked = (name, asked_top, type, min_score, explain)
        for query.joins in passes:
            # the second pass (adjacent parts of either name written as one) only when nothing
            # matched confidently as written, so that names that match as written pay nothing
            kept = None if query.joins or not joins else self._as_written.get(asked)
            if kept is not None:  # the first pass of this query, ranked when asked without joins
                found = list(kept)
            else:
                found = self._pooled(query, asked_top, top, type, min_score, explain)
            if not joins:
                if len(self._as_written) >= AS_WRITTEN_MAX:
                    self._as_written.clear()
                self._as_written[asked] = list(found)
            if found and found[0].score >= NO_MATCH_THRESHOLD:
                break
        else:
            if joins and widen and parts > 1 and not self.complete:
                found = self._widened(query, found, asked_top, top, type, min_score, explain)
        # the best two from a lower floor, asked again only in a large gazetteer for a low best
        # (the same pass: joins as last tried)
        found = calibration.isolated(
            found,
            lambda floor: self._scorer.rank(
                query,
                self.candidate_names(query, floor),
                top=2,
                type=type,
                min_score=floor,
                explain=explain,
            ),
            entities=len(self.index.records),
            parts=parts,
            top=top,
            min_score=min_score,
        )
        return self._prominent(found, parts)[:asked_top]

    def _widened(
        self,
        query: _Query,
        found: list[Candidate],
        asked_top: int,
        pool: int,
        type: str | None,
        min_score: float,
        explain: bool,
    ) -> list[Candidate]:
        """The last pass of a query of two parts or more that matched nothing confidently as
        written or with joins: its rarest part (fewest names through its key) is compared with
        the forms one key deletion away too, as :attr:`complete` compares every part, and that
        answer replaces *found* only when its best reaches
        :data:`~normx.match.score.NO_MATCH_THRESHOLD` (the query is left in the state of the
        pass kept, for :func:`~normx.match.calibration.isolated`).

        A part with :data:`FEW_POSTINGS` names or more through its own key skips those forms,
        so a name that writes it one key symbol off is reached through the other parts alone
        and bounded without it: in a 40,000-record gazetteer "Mohammed Amadar" (Amadar: MTR,
        163 names) never scored Muhammad Ghaleb Hamdar (HMTR; 0.79 by brute force) among the
        4,555 names Mohammed reaches, all bounded alike, and the default-threshold ask dropped
        names bounded below the threshold that a min_score 0 ask scored above it (Khalik Al
        Fawwaz: no answer at the threshold, the right one at 0). Widened on every
        query the same neighbours cost the min_score 0 answers more than they win (session 26:
        a weak right answer, Bara' Katarji -> Muhammad Al-Qatirji 0.41, loses to a neighbour
        key's distractor 0.47): they are evidence only when they make a confident match. Every
        part widened found a few more right names at the threshold but accepted more names of
        absent entities (false_accepts.py, persons-fr 15.9% -> 18.5%; the rarest part alone
        17.0%). Only queries left unconfident pay for the pass (benchmarks/README.md, session
        26)."""
        query.joins, query.wide = False, True
        wide = self._pooled(query, asked_top, pool, type, min_score, explain)
        if wide and wide[0].score >= NO_MATCH_THRESHOLD:
            return wide
        query.joins, query.wide = True, False
        return found

    def _pooled(
        self,
        query: _Query,
        asked_top: int,
        pool: int,
        type: str | None,
        min_score: float,
        explain: bool,
    ) -> list[Candidate]:
        """The ranking :meth:`match` reads: the best *pool* entities, or as few of them as
        decide the answer the same way.

        A one-word query ranks a pool of :data:`~normx.match.prominence.POOL` entities only for
        :func:`~normx.match.prominence.order`, which reads past the asked top only when the
        near-tied namesakes fill it. So the best ``max(asked_top, 2)`` are ranked first (a
        higher floor sooner: fewer names scored; session 24 measured one-word asks at ~40% of
        the matcher, most of it ranking) and the pool only when they are all such namesakes
        (:func:`~normx.match.prominence.reads_past`). Exact: the ranker's top k is the first k
        of any wider ranking (equal scores in the same id order), and its walk is then a prefix
        of the wider walk with the same memo reads and writes (the per-name test writes every
        pair whatever the floor), so the pool, when ranked after it, is the same too. Two are
        ranked at least, because :func:`~normx.match.calibration.isolated` reads the runner-up.
        """
        bounded = self.candidate_names(query, min_score)
        short = max(asked_top, 2)
        if short < pool:
            found = self._scorer.rank(
                query, bounded, top=short, type=type, min_score=min_score, explain=explain
            )
            if not prominence.reads_past(found, short):
                return found
            if not isinstance(bounded, _BoundOrder):  # a one-pass iterator: ask again
                bounded = self.candidate_names(query, min_score)
        return self._scorer.rank(
            query, bounded, top=pool, type=type, min_score=min_score, explain=explain
        )

    def _prominent(self, found: list[Candidate], parts: int) -> list[Candidate]:
        """*found* with the best-attested of near-tied namesakes first for a one-word query
        (:func:`normx.match.prominence.order`); prominence is counted once per matcher."""
        weights = self._weights()
        if parts != 1 or len(found) < 2 or not weights:
            return found
        return prominence.order(found, weights, parts)

    def _weights(self) -> dict[str, int]:
        """Record ids' prominence (those above 0), counted once per matcher: empty for a
        gazetteer of bare names, where one-word queries then rank exactly as before."""
        if self._prominence is None:
            self._prominence = prominence.prominence_by_id(self.index.records)
        return self._prominence


class _BoundOrder:
    """Names with their bounds, highest bound first (:meth:`Matcher.candidate_names`): read as
    (name, bound) pairs like any such iterable, and walked as the two arrays by the compiled
    ranker (``rank_scan``), which so never makes the pairs (a first pass lists ~400k)."""

    __slots__ = ("bounds", "ids")

    def __init__(self, ids: npt.NDArray[np.intc], bounds: npt.NDArray[np.float64]) -> None:
        self.ids = ids
        self.bounds = bounds

    def __iter__(self) -> Iterator[tuple[int, float]]:
        return zip(self.ids.tolist(), self.bounds.tolist(), strict=True)

    def __len__(self) -> int:
        return len(self.ids)


def _made_names(names: Sequence[IndexedName]) -> list[IndexedName | None] | None:
    """The names a :class:`~normx.match.index.LazyNames` has made so far, by number (None for
    one not made yet), for the ranker to read without a method call per name; None for any
    other sequence (an index built in memory holds a list)."""
    if isinstance(names, LazyNames):
        return names.made
    if isinstance(names, list):
        return names
    return None


def _in_bound_order(
    reached: npt.NDArray[np.intc], bounds: npt.NDArray[np.float64]
) -> Iterator[tuple[int, float]]:
    """Names with their bounds (at most 1, plus float slack), highest bound first and equal
    bounds in name order, put in order :data:`BOUND_CHUNK` at a time: the ranker stops at the
    first bound below its floor, usually within the first chunk, so the many names a common
    token reaches are never sorted."""
    while len(bounds):
        if len(bounds) > 2 * BOUND_CHUNK:
            # every name at or above the chunk's lowest bound: ties are never split
            cut = np.partition(bounds, len(bounds) - BOUND_CHUNK)[len(bounds) - BOUND_CHUNK]
            take = bounds >= cut
            head, head_bounds = reached[take], bounds[take]
            reached, bounds = reached[~take], bounds[~take]
        else:
            head, head_bounds = reached, bounds
            reached, bounds = reached[:0], bounds[:0]
        order = np.lexsort((head, -head_bounds))
        for ni, b in zip(head[order].tolist(), head_bounds[order].tolist(), strict=True):
            yield ni, min(1.0, b) + BOUND_SLACK


class BruteForceMatcher(Matcher):
    """Scores every name: slow, complete, the reference for tests."""

    def candidate_names(self, query: _Query, min_score: float = 0.0) -> Iterable[tuple[int, float]]:
        return [(ni, 1.0) for ni in range(len(self.index.names))]
