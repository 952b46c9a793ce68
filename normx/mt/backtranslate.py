"""Back-transliteration: going back to Arabic to match names whose English spellings diverged.

Two English spellings of one Arabic name can be far apart (Uzbal and Özbal from أوزبال; Akens
and Aksen from أكسن) because each translator romanised it their own way. When a Latin name has
no confident match, :class:`BackTransliterator` guesses how it was written in Arabic (beam
search, token by token) and :func:`backtranslate_match` matches those guesses against the
gazetteers' Arabic names part by part (:mod:`normx.mt.arabic_match`), where the two spellings
meet again. The model runs only on names the Latin matcher could not settle, once per distinct
token (cached), in batches.

What the diagnosis of session 2 (``benchmarks/bt_recall.py``) led to:

* the model spells Arab names the Western way (Tarek -> تاريك): the spellings its training
  sources attest, and the gloss lexicon's words (Village -> قرية), are mixed into its
  hypotheses (:mod:`normx.mt.attested`);
* a Latin match reached across scripts is itself a romanisation guess, so it does not settle
  a name: the model's hypotheses are matched too (:func:`_settled`);
* one-word names go to the model, but are answered through Arabic only on a near-exact
  Arabic match (:data:`SINGLE_WORD_ARABIC`), which keeps the false friends out;
* the assimilated article (as-Salamat) and "SURNAME, Given" order are written as Arabic writes
  them before the model sees the name.

Session 3 (error analysis of the cross-script sets: ``benchmarks/bt_recall.py``): the right
spelling of each part was often among the model's guesses, but not all in one of the k full
names; the spelling matcher scored Arabic guesses through romanised keys (a guess sharing two
of three words with the right name lost to a distractor sharing one); and the Latin and Arabic
evidence were not combined. So each part keeps its k guesses and is paired with gazetteer
words by an Arabic-aware distance (:mod:`normx.mt.arabic_sim`), names are scored by the
query share they explain, rare words counting more and word order mattering, and an entity
both sides reach gets the two scores combined (:func:`agree`).

Modules: :mod:`normx.mt.bt_names` (a name cut into the parts the model spells),
:mod:`normx.mt.hypotheses` (the model's guesses, batched and cached),
:mod:`normx.mt.arabic_match` (guesses against the gazetteers' Arabic names),
:mod:`normx.mt.bt_evidence` (Latin and Arabic evidence combined and explained); this module
decides which names go to the model and puts the steps together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from weakref import WeakKeyDictionary

from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.arabic_match import ArabicMatch, PartGuesses, arabic_matcher, part_guesses
from normx.mt.bt_ayn import ayn_marked, ayn_sorted
from normx.mt.bt_decisive import decisive_first
from normx.mt.bt_evidence import (
    AGREEMENT,
    AGREEMENT_MIN,
    SINGLE_WORD_ARABIC,
    agree,
    merge_evidence,
    near_exact,
    through_arabic,
)
from normx.mt.bt_generic import corroborating, without_generic
from normx.mt.bt_guards import transliterated
from normx.mt.bt_names import (
    MAX_NAME_CHARS,
    MAX_TOKEN_CHARS,
    model_tokens,
    name_tokens,
    natural_order,
)
from normx.mt.bt_pairs import fair_reading, whole_guesses
from normx.mt.hypotheses import BT_CACHE, BackTransliterator, combine
from normx.text.arabic import has_arabic

__all__ = [
    "AGREEMENT",
    "AGREEMENT_MIN",
    "BT_CACHE",
    "CONFIDENT",
    "EVIDENCE_FLOOR",
    "GUESSES",
    "MAX_NAME_CHARS",
    "MAX_TOKEN_CHARS",
    "SINGLE_WORD_ARABIC",
    "BackTransliterator",
    "agree",
    "backtranslate_many",
    "backtranslate_match",
    "combine",
    "merge_evidence",
    "model_tokens",
    "name_tokens",
    "natural_order",
    "near_exact",
]

CONFIDENT = 0.9  # a Latin match this good is trusted: the model is not consulted
GUESSES = 8
"""Guesses per name part. Matching part by part makes more guesses cheap to use, and the right
spelling of a place name is often past the fourth (towns-xscript top-1@0.75: 73.8 % with 4,
75.8 % with 8; persons unchanged)."""
CROSS_SCRIPT = "cross-script"  # the matcher's method for a Latin query meeting an Arabic name
EVIDENCE_FLOOR = 0.0
"""The Latin evidence and Arabic readings of a name sent to the model are gathered down to this
score whatever the caller's *min_score*, which then only cuts the answer: the answer is a
function of the query and the gazetteer (session 35). Until session 34 the Latin evidence was
gathered down to ``min(min_score, AGREEMENT_MIN)`` and the Arabic readings down to 0.6 of
*min_score*, so 19 cross-script queries (persons 4, towns 15) were answered at the threshold
with a score they did not reach at ``min_score=0``."""


EVIDENCE_MEMO_MAX = 4_096
"""Latin evidence lists remembered per spelling matcher (cleared when full, as the matcher's
``AS_WRITTEN_MAX``)."""
_EVIDENCE: WeakKeyDictionary[Matcher, dict[tuple[Any, ...], list[Candidate]]] = WeakKeyDictionary()


def _evidence_source(target: Any) -> tuple[Any, ...] | None:
    """What the Latin evidence of *target* is a function of besides the query (its memo key's
    head), or None when it is not remembered. A :class:`Matcher`'s answer, a normalizer's
    Latin answer (spelling and gloss: the ``evidence_key`` of ``normx.api._LatinEvidence``)
    and the ``match`` of a normalizer without back-translation depend only on the query and
    the index (session 21 made them independent of what was asked before). A normalizer with
    back-translation on answers through its own model in ``match``, and a :class:`NameIndex`
    gets a new matcher each call: neither is remembered."""
    from normx.api import Normalizer  # normx.api imports this module lazily

    if isinstance(target, Matcher):
        return ("matcher", target.complete)
    if isinstance(target, Normalizer):
        if target.backtransliterator is not None:
            return None
        return ("match", target.matcher.complete)
    key = getattr(target, "evidence_key", None)
    matcher = getattr(target, "matcher", None)
    if isinstance(key, tuple) and isinstance(matcher, Matcher):
        return (*key, matcher.complete)
    return None


class _Evidence:
    """*latin_match* at :data:`EVIDENCE_FLOOR`, remembered on the spelling matcher (issue 5:
    cost).

    A name sent to the model has its Latin side asked twice: at the caller's floor (which
    decides whether it is settled) and at :data:`EVIDENCE_FLOOR`, the evidence (session 35).
    The second ask scores every name a query reaches (no floor prunes them) and was most of the
    matching cost; a document's dry runs (:mod:`normx.resolve.bt_prefetch`) and a caller
    asking a name again paid it each time. The evidence does not depend on the model's
    guesses, so it is remembered per query, top, type and explain (an answer asked at the
    floor itself is remembered too): the same list is read back, so the answers are the same
    (exact by construction)."""

    __slots__ = ("_ask", "_memo", "_source")

    def __init__(
        self, target: Any, matcher: Matcher, latin_match: Callable[..., list[Candidate]]
    ) -> None:
        self._ask = latin_match
        self._source = _evidence_source(target)
        memo = None
        if self._source is not None:
            memo = _EVIDENCE.get(matcher)
            if memo is None:
                memo = _EVIDENCE[matcher] = {}
        self._memo = memo

    def __call__(self, name: str, *, top: int, type: str | None, explain: bool) -> list[Candidate]:
        memo = self._memo
        key = (*self._source, name, top, type, explain) if memo is not None else None
        found = memo.get(key) if memo is not None else None
        if found is None:
            found = self._ask(name, top=top, type=type, min_score=EVIDENCE_FLOOR, explain=explain)
            self.keep(name, found, top=top, type=type, explain=explain)
        return list(found)

    def keep(
        self, name: str, found: list[Candidate], *, top: int, type: str | None, explain: bool
    ) -> None:
        """Remember *found*, the Latin answer at the floor of *name* asked with these options."""
        memo = self._memo
        if memo is None:
            return
        if len(memo) >= EVIDENCE_MEMO_MAX:
            memo.clear()
        memo[(*self._source, name, top, type, explain)] = list(found)


def _latin_matcher(target: Any) -> tuple[Matcher, Any]:
    """The spelling matcher of *target* and the function giving its Latin evidence."""
    if isinstance(target, Matcher):
        return target, target.match
    if isinstance(target, NameIndex):
        matcher = Matcher(target)
        return matcher, matcher.match
    matcher = getattr(target, "matcher", None)
    if isinstance(matcher, Matcher):  # a Normalizer: its match() adds gloss candidates
        return matcher, getattr(target, "match", matcher.match)
    raise TypeError(f"expected a Normalizer, Matcher or NameIndex, got {type(target).__name__}")


def _settled(latin: Sequence[Candidate], confident: float) -> bool:
    """True when the Latin evidence is trusted without the model: its best candidate scores at
    least *confident* and was not itself reached across scripts. A cross-script match is a
    romanisation of the Arabic name compared with the query, a guess of the same kind the
    model makes, so it is checked against the model's hypotheses (Al Zawiyah is الزاوية, not
    the الزوية its romanisation resembles as much)."""
    return bool(latin) and latin[0].score >= confident and latin[0].method != CROSS_SCRIPT


def backtranslate_many(
    target: Any,
    names: Sequence[str],
    bt: BackTransliterator,
    *,
    k: int = GUESSES,
    top: int = 5,
    type: str | None = None,
    min_score: float = NO_MATCH_THRESHOLD,
    confident: float = CONFIDENT,
    explain: bool = False,
) -> list[list[Candidate]]:
    """Match *names* with Latin evidence, then back-transliterate those still unresolved.

    *target* is a :class:`~normx.api.Normalizer` (its ``match`` gives the Latin evidence,
    gloss included), a :class:`Matcher` or a :class:`NameIndex`. A name whose best Latin
    candidate scores at least *confident* (and was not reached across scripts) is answered from
    Latin alone; the others' parts are back-transliterated in one batched call, k guesses per
    part, and matched part by part against the gazetteers' Arabic names
    (:class:`~normx.mt.arabic_match.ArabicMatcher`); an entity reached both ways combines its
    two scores (:func:`agree`). For a one-word name only Arabic matches of at least
    :data:`SINGLE_WORD_ARABIC` count. *explain* is accepted for the Latin side; a
    back-transliterated candidate always says how it was reached.
    """
    matcher, latin_match = _latin_matcher(target)
    latin = [
        latin_match(n, top=top, type=type, min_score=min_score, explain=explain) for n in names
    ]
    unresolved = [
        i
        for i, (n, cands) in enumerate(zip(names, latin, strict=True))
        if not has_arabic(n) and not _settled(cands, confident)
    ]
    bt.last_sent = [names[i] for i in unresolved]  # what benchmarks count
    if not unresolved:
        return latin
    # one path whatever the caller's floor (session 35): the Latin evidence and the Arabic
    # readings of a name sent on are gathered down to EVIDENCE_FLOOR, the guards and the
    # combination read them all, and min_score only cuts the answer. Before, an entity the
    # Latin side scored under min_score was absent from the evidence at the threshold and met
    # the looser stands_alone as an Arabic-only entity, while at min_score=0 it met
    # spells_alike as a Latin candidate ("Omar Gaddafi" / معمر القذافي: 0.792 at the
    # threshold, 0.398 at 0)
    evidence = list(latin)
    at_floor = _Evidence(target, matcher, latin_match)
    for i in unresolved:
        if min_score > EVIDENCE_FLOOR:
            evidence[i] = at_floor(names[i], top=top, type=type, explain=explain)
        elif min_score == EVIDENCE_FLOOR:  # asked at the floor: kept for a higher floor's ask
            at_floor.keep(names[i], latin[i], top=top, type=type, explain=explain)
    split = [model_tokens(names[i]) for i in unresolved]
    per_token = bt.token_hypotheses([t for tokens in split for t in tokens], max(1, int(k)))
    arabic = arabic_matcher(matcher.index)
    records = matcher.index.records
    out = list(latin)
    floor = EVIDENCE_FLOOR
    pos = 0
    for i, tokens in zip(unresolved, split, strict=True):
        options = per_token[pos : pos + len(tokens)]
        pos += len(tokens)
        parts = [part_guesses(whole_guesses(o, t)) for o, t in zip(options, tokens, strict=True)]
        found = arabic.match(parts, top=top, type=type, min_score=floor)
        read = partial(
            _read, names[i], evidence[i], records, top=top, min_score=floor
        )  # fmt: skip
        answer = read(tokens, parts, found)
        bare = without_generic(arabic, tokens, parts, found, top=top, type=type, min_score=floor)
        if bare is not None:  # "Al Jarir Village" read as "Al Jarir" (bt_generic)
            first = partial(latin_match, names[i], top=1, type=type, min_score=0.0)
            answer = corroborating(read(*bare), answer, first)
        out[i] = [c for c in answer if c.score >= min_score]
    return out


def _read(
    name: str,
    evidence: Sequence[Candidate],
    records: Sequence[Any],
    tokens: Sequence[str],
    parts: Sequence[PartGuesses],
    found: list[ArabicMatch],
    *,
    top: int,
    min_score: float,
) -> list[Candidate]:
    """One name's candidates from its Latin *evidence* and the Arabic matches *found* of its
    model *tokens* (guessed as *parts*), through the guards."""
    found = ayn_sorted(found, ayn_marked(name, tokens))
    readings = found  # every reading orders the candidates (bt_order), guarded or not
    if len(tokens) < 2:
        found = [m for m in found if near_exact(m, parts)]
    found = [m for m in found if fair_reading(m, tokens, records)]  # bt_pairs
    via = [(m, through_arabic(m, parts, tokens)) for m in found if transliterated(m, tokens)]
    merged = merge_evidence(evidence, via, records, top=top, min_score=min_score, readings=readings)
    return decisive_first(  # a decisive Arabic reading orders what Latin left unsettled
        merged, readings, parts, tokens, records,
        threshold=NO_MATCH_THRESHOLD, min_score=min_score, top=top,
    )  # fmt: skip


def backtranslate_match(
    target: Any,
    name: str,
    bt: BackTransliterator,
    *,
    k: int = GUESSES,
    top: int = 5,
    type: str | None = None,
    min_score: float = NO_MATCH_THRESHOLD,
    confident: float = CONFIDENT,
    explain: bool = False,
) -> list[Candidate]:
    """:func:`backtranslate_many` for one name."""
    return backtranslate_many(
        target,
        [name],
        bt,
        k=k,
        top=top,
        type=type,
        min_score=min_score,
        confident=confident,
        explain=explain,
    )[0]
