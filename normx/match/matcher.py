"""Matching a name against the index: candidate generation, scoring, ranking, explanation.

:class:`Matcher` generates candidates through the index (exact normalised name, then phonetic
keys and their one-deletion neighbours, then a fuzzy look-up over the token vocabulary when a
token has no key neighbour), scores only those, and ranks entities. :class:`BruteForceMatcher`
scores every name with the same scorer: it is the slow, obviously complete reference the tests
compare the indexed matcher against.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rapidfuzz import process
from rapidfuzz.fuzz import ratio

from normx.match.candidate import Candidate
from normx.match.index import IndexedName, NameIndex, deletions
from normx.match.score import NO_MATCH_THRESHOLD, PAIR_FLOOR, score_tokens, token_similarity
from normx.text.arabic import is_mostly_arabic
from normx.text.latin import fold
from normx.text.normalize import NameToken, analyse_name, core_tokens, normalize_name

MAX_QUERY_CHARS = 300
PREFILTER = 60  # names fully scored per query, chosen by their preliminary token score
COMMON_POSTINGS = 3000  # a token this common only re-ranks names found through rarer tokens
FUZZY_VOCAB_CUTOFF = 72.0


class _Query:
    """A query analysed once: its core tokens, script and normalised form."""

    __slots__ = ("arabic", "core", "normalized", "sims", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        valid = isinstance(text, str) and 0 < len(text) <= MAX_QUERY_CHARS
        self.core: tuple[NameToken, ...] = core_tokens(analyse_name(text)) if valid else ()
        self.arabic = valid and is_mostly_arabic(text)
        self.normalized = normalize_name(text) if self.core else ""
        self.sims: dict[tuple[int, str, bool], tuple[float, str]] = {}


class _Scorer:
    """Scores a query against indexed names and turns the best ones into candidates."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index

    def score_name(self, query: _Query, name: IndexedName) -> tuple[float, str, dict[str, Any]]:
        cross = (name.lang == "ar") != query.arabic
        if query.normalized and query.normalized == name.normalized:
            method = "exact" if fold(query.text) == fold(name.text) else "normalised"
            return 1.0, method, {"pairs": [], "query_coverage": 1.0, "name_coverage": 1.0}
        result = score_tokens(
            query.core,
            name.tokens,
            cross_script=cross,
            person=self.index.records[name.entity].type == "PER",
            sims=query.sims,
        )
        hows = {p.how for p in result.pairs}
        if cross:
            method = "cross-script"
        elif hows <= {"exact", "key"} and result.pairs:
            method = "phonetic"
        else:
            method = "fuzzy"
        return result.score, method, result.explain(query.core, name.tokens)

    def rank(
        self,
        query: _Query,
        name_ids: Iterable[int],
        *,
        top: int,
        type: str | None,
        min_score: float,
        explain: bool,
    ) -> list[Candidate]:
        best: dict[int, tuple[float, bool, IndexedName, str, dict[str, Any]]] = {}
        records = self.index.records
        for ni in name_ids:
            name = self.index.names[ni]
            rec = records[name.entity]
            if type is not None and rec.type != type:
                continue
            score, method, parts = self.score_name(query, name)
            prev = best.get(name.entity)
            if prev is None or (score, name.canonical) > (prev[0], prev[1]):
                best[name.entity] = (score, name.canonical, name, method, parts)
        ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], not kv[1][1], records[kv[0]].id))
        out: list[Candidate] = []
        for entity, (score, _canon, name, method, parts) in ranked:
            if score < min_score or len(out) >= top:
                break
            rec = records[entity]
            detail: dict[str, Any] = {}
            if explain:
                detail = {
                    "query_normalized": query.normalized,
                    "query_tokens": [{"form": t.form, "key": t.key} for t in query.core],
                    "matched_normalized": name.normalized,
                    "matched_tokens": [{"form": t.form, "key": t.key} for t in name.tokens],
                    "matched_lang": name.lang,
                    **parts,
                    "score": round(score, 4),
                    "threshold": NO_MATCH_THRESHOLD,
                }
            out.append(Candidate(rec.id, rec.canonical, rec.type, score, name.text, method, detail))
        return out


class Matcher:
    """The indexed matcher (the one normx uses)."""

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self._scorer = _Scorer(index)
        self._vocab: list[str] | None = None

    def _fuzzy_forms(self, form: str) -> list[str]:
        if self._vocab is None:
            self._vocab = list(self.index.postings)
        hits = process.extract(
            form, self._vocab, scorer=ratio, limit=8, score_cutoff=FUZZY_VOCAB_CUTOFF
        )
        return [h[0] for h in hits]

    def candidate_names(self, query: _Query) -> list[int]:
        """Names worth scoring, most promising first (at most ``PREFILTER``).

        Each query token collects the index's token forms that share its phonetic key or a
        one-deletion neighbour of it (or, failing those, fuzzy neighbours in the vocabulary);
        a name's preliminary score is the sum over query tokens of its best token similarity.
        Tokens are visited rarest first, and a very common token ("mohamed") only adds to names
        that rarer tokens already found.
        """
        idx = self.index
        acc: dict[int, float] = {}
        for ni in idx.exact.get(query.normalized, ()):
            acc[ni] = 100.0
        order = sorted(
            range(len(query.core)), key=lambda i: len(idx.postings.get(query.core[i].form, ()))
        )
        for qi in order:
            tok = query.core[qi]
            forms: set[str] = set()
            for form, key in ((tok.form, tok.key), *tok.alts):
                forms.add(form)
                if key:
                    for d in deletions(key):
                        for k2 in idx.deletes.get(d, ()):
                            forms.update(idx.by_key[k2])
            if not any(f in idx.postings for f in forms) and len(tok.form) >= 3:
                forms.update(self._fuzzy_forms(tok.form))
            weight = 0.5 if tok.kind == "abu" else 1.0
            per_name: dict[int, float] = {}
            for form in forms:
                postings = idx.postings.get(form)
                if not postings:
                    continue
                cross = (form in idx.arabic_forms) != query.arabic
                memo_key = (qi, form, cross)
                found = query.sims.get(memo_key)
                if found is None:
                    found = query.sims[memo_key] = token_similarity(
                        tok, idx.token_of[form], cross_script=cross
                    )
                sim = found[0]
                if sim < PAIR_FLOOR:
                    continue
                if len(postings) > COMMON_POSTINGS and acc:
                    for ni in postings:
                        if ni in acc and per_name.get(ni, 0.0) < sim:
                            per_name[ni] = sim
                else:
                    for ni in postings:
                        if per_name.get(ni, 0.0) < sim:
                            per_name[ni] = sim
            for ni, sim in per_name.items():
                acc[ni] = acc.get(ni, 0.0) + weight * sim
        if len(acc) <= PREFILTER:
            return list(acc)
        return sorted(acc, key=acc.__getitem__, reverse=True)[:PREFILTER]

    def match(
        self,
        name: str,
        *,
        top: int = 5,
        type: str | None = None,
        min_score: float = NO_MATCH_THRESHOLD,
        explain: bool = False,
    ) -> list[Candidate]:
        """Rank the entities *name* may refer to; an empty list means "not in the gazetteer"."""
        query = _Query(name)
        if not query.core or top <= 0:
            return []
        return self._scorer.rank(
            query,
            self.candidate_names(query),
            top=top,
            type=type,
            min_score=min_score,
            explain=explain,
        )


class BruteForceMatcher(Matcher):
    """Scores every name: slow, complete, the reference for tests."""

    def candidate_names(self, query: _Query) -> list[int]:
        return list(range(len(self.index.names)))
