"""Scoring one analysed query name against one analysed gazetteer name.

The score is built from token similarities aligned between the two names:

* token similarity (:mod:`normx.match.similarity`): string similarity of the folded forms,
  lifted when the phonetic keys agree (Mishri / Mashri), and, across scripts (a Latin query
  against a romanised Arabic name), a vowel-tolerant alignment, since Arabic does not write
  short vowels;
* alignment: each query token pairs with at most one name token, best pairs first, in any order
  (reordered parts: "Qaddafi, Muammar"), with a small penalty when the order differs, a little
  more for a person when the order is no rotation of the name's (:data:`CHAIN_SWAP_PENALTY`);
* pair evidence: a weak same-script pair (below 0.9) counts for less than its similarity, the
  more so between long names, where some weak pair turns up by chance (:func:`pair_evidence`);
* coverage: unmatched query tokens cost much (the query says something the name does not),
  unmatched name tokens little (missing middle names: "Muammar Gaddafi"); with an index's
  :class:`TokenWeights`, name parts that many gazetteer names share (Muhammad, Ahmed, Ali) weigh
  less than rare ones, so agreeing on a rare family name counts for more than on given names;
* a one-word query against a longer name (a bare surname) is capped just above the no-match
  threshold when it matches exactly, and pushed below it otherwise: it needs stronger evidence
  than a full name; for persons only the last name part counts as a surname;
* a one-word Latin query whose word the gazetteer writes in some Latin name ("Jufra" in Jufra
  District) read loosely (below :data:`ATTESTED_GUESS_BELOW`) into another one-word name
  (الجعافرة, Al Ja`afirah) is capped at :data:`ATTESTED_GUESS_CAP`, just below that exact
  word's cap: the matcher applies it (``normx.match.matcher._Scorer``), since only the index
  knows the attested words.

The name-level constants live here, with the threshold (the token-level ones in
:mod:`normx.match.similarity`), so the explanation can show each component.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial

from normx.match.joins import HEAD, JOIN_PENALTY, QUERY, find_joins, merged
from normx.match.similarity import KERNEL as _KERNEL
from normx.match.similarity import (
    MIN_LIFTING_KEY,
    PAIR_FLOOR,
    SHORT_KEY_RATIO,
    cross_script_similarity,
    deletions,
    keys_close,
    token_similarity,
)
from normx.text.generic import is_generic
from normx.text.normalize import ABU, INITIAL, NAME, NameToken
from normx.text.phonetic import phonetic_key

__all__ = [  # the token level lives in normx.match.similarity; these names stay importable here
    "ATTESTED_GUESS_BELOW",
    "ATTESTED_GUESS_CAP",
    "MIN_LIFTING_KEY",
    "NO_MATCH_THRESHOLD",
    "PAIR_FLOOR",
    "SHORT_KEY_RATIO",
    "NameScore",
    "TokenPair",
    "TokenWeights",
    "compound_head",
    "cross_script_similarity",
    "deletions",
    "keys_close",
    "max_query_weight_forgiven",
    "pair_evidence",
    "score_tokens",
    "score_tokens_above",
    "score_upper_bound",
    "token_similarity",
    "token_weight",
]

NO_MATCH_THRESHOLD = 0.75
"""Candidates scoring below this are "not in the gazetteer" (the default ``--min-score``)."""

ABU_WEIGHT = 0.5  # "Abu" says less than the name it introduces
# a middle initial ("Raed M. Hijazi"): it pairs only with the same letter, never with the part
# it abbreviates, so it weighs little either way (normx.text.normalize._mark_initials)
INITIAL_WEIGHT = 0.25
GENERIC_WEIGHT = 0.2  # "village", "qaryat": sources add or drop them (normx/text/generic.py)
REORDER_PENALTY = 0.03
# ... and this much more for a person when the order is not the name's read from another part
# on (a rotation: "Qaddafi, Muammar", "Hussein Saddam"), since swapped chain parts name another
# person: Muammar Muhammad is Muhammad's son Muammar, Muhammad Muammar is Muammar's son.
# Same script only: across scripts right answers score lower, nearer the threshold, and 0.02
# took two persons-xscript right answers below it (one a real reordering of the UN list) for
# no gain; 0.05 won one more persons-latin query but took two right answers below 0.75
CHAIN_SWAP_PENALTY = 0.02
NAME_RECALL_WEIGHT = 0.2  # how much unmatched name tokens cost, relative to query ones
INNER_DISCOUNT = 0.5  # share of an unmatched inner query token's weight that is forgiven
# ... when the query's first and last parts pair with the name's first and last: the parts
# left over sit inside a nasab chain the gazetteer does not list (Ibrahim Muhammad Salih
# al-Banna for Ibrahim al-Banna)
CHAIN_DISCOUNT = 0.75
# ... and how much the two ends must weigh together: two common names (Muhammad ... Ibrahim,
# 0.6 + 0.84) meet at the ends of unrelated chains by chance (false_accepts.py persons-latin
# 21.8 -> 22.5% without this floor)
CHAIN_END_WEIGHT = 1.6
# how alike those end pairs must be across scripts (WEAK_PAIR_KNEE in one): right pairs sit at
# 0.8-0.88 there (Haftar / حفتر 0.84, Muammar / معمر 0.82, Mohamed / محمد 0.81); 0.85 left
# "Khalifa Belgacem Haftar" at 0.67 against خليفة حفتر. 0.80 (session 25): persons-xscript
# top-1@0.75 +2, persons-fr-xscript +3, one persons-xscript top-1 lost to a short form of
# another man (Walid ... al-Nasiri: وليد النصري), false accepts unchanged on six sets
CHAIN_END_CROSS = 0.80
# the same for an unmatched inner token of the gazetteer name; 0.8 before TokenWeights: with
# common parts lighter, 0.6 keeps top-1 and lowers false accepts
NAME_INNER_DISCOUNT = 0.6
GIVEN_NAME_PENALTY = 0.08
SURNAME_PENALTY = 0.08
SKIPPED_PENALTY = 0.08  # the surname left out and a part skipped before the query's last pair
ARTICLE_GIVEN_PENALTY = 0.08
ARTICLE_DROPPED_PENALTY = 0.01  # the query writes al- where the name has none: a tie-breaker
SINGLE_TOKEN_EXACT = 0.78  # a bare surname that matches exactly: just above the threshold
SINGLE_TOKEN_FACTOR = 0.72  # a bare surname that matches only approximately: below it
# One loose word against a one-word name is NOT discounted: at 0.75-0.85 such matches were
# false about four times as often as two-word ones (false_accepts.py towns sets, 53 false / 73
# right against 3 / 30), and a knee (0.85, half a point per point below) cut towns-xscript false
# accepts 17.2 -> 13.4% (towns-libya 26.5 -> 21.7) for top-1@0.75 -1.1 / -1.2, but the right
# cross-script readings of one word sit there too ('Tarabulus' -> طرابلس): canonicalize recall
# fell on articles-v3..v6 (v4 0.943 -> 0.932: 'Tarabulus' x4 missed). Left for a
# context-aware fix (the linker knows when a lone word is a place), not a score one.
# a one-word Latin query read loosely into another one-word name (either script), while the
# query word is itself a word of some Latin gazetteer name: just below SINGLE_TOKEN_EXACT
ATTESTED_GUESS_CAP = 0.77
# ... when it scores below this: closer readings are spelling variants (Sidra / Es Sider 0.89),
# where false accepts of one-word names sit at 0.75-0.85 (false_accepts.py, towns sets)
ATTESTED_GUESS_BELOW = 0.85
COMMON_WEIGHT = 0.6  # a name part as common as Muhammad or Ahmed weighs this much
RARE_SHARE = 0.005  # a phonetic key in at most this share of the names weighs fully
COMMON_SHARE = 0.05  # ... in at least this share, COMMON_WEIGHT; log-linear in between
MIN_NAMES_FOR_FREQUENCY = 2000  # a smaller gazetteer counts as this big: few names, no evidence
WEAK_PAIR_KNEE = 0.9  # a same-script pair at least this similar counts as its similarity
# the least similarity at which a query end earns CHAIN_DISCOUNT in either script: a name that
# no query end reaches this closely is no short form, and the ranker bounds it without the
# chain discount (normx/match/matcher.py: the looser bound for every name had it score a
# fifth more names per query)
CHAIN_END_SIM = min(CHAIN_END_CROSS, WEAK_PAIR_KNEE)
WEAK_PAIR_SLOPE = 1.0  # each point below the knee costs this much more, given many chances


def pair_evidence(sim: float, chances: int, *, cross_script: bool) -> float:
    """How much an aligned token pair of similarity *sim* counts towards the coverages.

    Two different Arab names often hold a pair of parts 0.7-0.85 alike by chance (Humam /
    Hammi, Kamal / Jamal, Ermias / Ramsey): in the person sets such pairs are 5-20 times more
    frequent in the best wrong candidate's alignment than in the right one's, while pairs from
    0.9 up are as frequent in both. A same-script pair below :data:`WEAK_PAIR_KNEE` therefore
    counts less than its similarity, the more so the more token pairs the two names offer
    (*chances*: query tokens times name tokens), since a long name against a long query is
    likely to hold some weak pair by chance. One query word against a one-word name has one
    chance and keeps its similarity: a place spelled far from its gazetteer form (Vaddan /
    Waddan) is then weak evidence, but the only evidence, and no chance agreement to discount.

    Across scripts right pairs themselves sit at 0.8-0.88 (the Arabic writes no short vowels):
    a knee at 0.85 cost 3.6 points of persons-xscript top-1 at the threshold, so they count
    as their similarity. The result never exceeds *sim* and grows with it, so the alignment
    (best pairs first) and every bound made of raw similarities stay valid.
    """
    if cross_script or sim >= WEAK_PAIR_KNEE or chances <= 1:
        return sim
    slope = WEAK_PAIR_SLOPE * (1.0 - 1.0 / chances)
    return max(0.0, sim - slope * (WEAK_PAIR_KNEE - sim))


@dataclass(frozen=True, slots=True)
class TokenPair:
    """One aligned pair: query token index, name token index, similarity, how it matched."""

    qi: int
    ni: int
    sim: float
    how: str


@dataclass(frozen=True, slots=True)
class NameScore:
    """The score of one name with the components that made it."""

    score: float
    pairs: tuple[TokenPair, ...]
    precision: float
    recall: float
    penalties: tuple[str, ...]

    def explain(self, q: tuple[NameToken, ...], n: tuple[NameToken, ...]) -> dict[str, object]:
        return {
            "pairs": [
                {"query": q[p.qi].form, "name": n[p.ni].form, "sim": round(p.sim, 3), "how": p.how}
                for p in self.pairs
            ],
            "query_coverage": round(self.precision, 3),
            "name_coverage": round(self.recall, 3),
            "penalties": list(self.penalties),
        }


Weigh = Callable[[NameToken], float]


def max_query_weight_forgiven(
    q: tuple[NameToken, ...], weigh: Weigh | None = None, *, chain: bool = True
) -> float:
    """How much of a query's weight :func:`score_tokens` can forgive (for score upper bounds);
    with *chain* False, for a name that is not a short form of the query (one whose first or
    last part pairs with the query's ends less closely than :data:`CHAIN_END_SIM`)."""
    w = token_weight if weigh is None else weigh
    inner = sum(w(t) for i, t in enumerate(q) if _forgivable(q, i))
    if chain and len(q) > 2 and w(q[0]) + w(q[-1]) >= CHAIN_END_WEIGHT:
        return CHAIN_DISCOUNT * inner  # some name may be a short form of the query
    return INNER_DISCOUNT * inner


def _forgivable(tokens: tuple[NameToken, ...], i: int) -> bool:
    """Whether the query token at *i* left unmatched costs only part of its weight: an inner
    part (a middle name), or a generic place word anywhere (sources add or drop "Qaryat",
    "Village" before or after the name: Baldat Tuqtah for تقطة). Query side only: see
    :func:`_coverage_bound`."""
    return 0 < i < len(tokens) - 1 or generic_token(tokens[i])


def generic_token(t: NameToken) -> bool:
    """Whether *t* is a generic place word that says only what kind of place a name is.

    Not when written with the article before a word of the name's own (``NameToken.named``): a
    construct head never takes the article (مدينة طبرق, Qaryat Mazzu are "city of", "village
    of"), so المدينة المنورة, "Al-Madina Al-Munawwara" (Medina) hold the word as the name
    itself, "the City", and it weighs as a name part. "Al Qaryat" alone stays a place word.
    """
    return not t.named and is_generic(t.form)


def token_weight(t: NameToken) -> float:
    """How much a token counts: "Abu" and generic place words ("village") less than a name."""
    if t.kind == ABU:
        return ABU_WEIGHT
    if t.kind == INITIAL:
        return INITIAL_WEIGHT
    return GENERIC_WEIGHT if generic_token(t) else 1.0


TOKEN_WEIGHTS_MAX = 262_144  # tokens whose weights TokenWeights remembers (emptied when full)


class TokenWeights:
    """:func:`token_weight` lowered for name parts that many gazetteer names share.

    Two names agreeing on "Muhammad Ahmed" say little: thousands of people are called that,
    while agreeing on a rare family name says much. A part's informativeness comes from how
    many of the gazetteer's names hold a token with its phonetic key (so Mohamed, Muhammad and
    محمد count together, and a misspelling that keeps the key weighs what the name does): full
    up to :data:`RARE_SHARE` of the names, :data:`COMMON_WEIGHT` from :data:`COMMON_SHARE` on,
    log-linear in between. A token whose key no name holds is rare: full weight. The weight is a
    function of the token alone, so the candidate bounds of the matcher use the same numbers as
    the score.
    """

    __slots__ = ("_counts", "_memo", "_size", "_tokens")

    def __init__(self, key_counts: Mapping[str, int], names: int) -> None:
        self._counts = key_counts
        self._size = max(names, MIN_NAMES_FOR_FREQUENCY)
        self._memo: dict[str, float] = {}
        # each token's weight by the token's identity (the entry holds the token, so the
        # identity cannot be reused while it is remembered): the ranker weighs the tokens of
        # every new index name it bounds (~65k names per canonicalize first pass over the
        # development articles), and index names share their tokens
        self._tokens: dict[int, tuple[NameToken, float]] = {}

    def informativeness(self, key: str) -> float:
        """The weight of a plain name part with phonetic key *key* (1.0 for a rare one)."""
        found = self._memo.get(key)
        if found is None:
            share = self._counts.get(key, 0) / self._size
            if share <= RARE_SHARE:
                found = 1.0
            elif share >= COMMON_SHARE:
                found = COMMON_WEIGHT
            else:
                t = math.log(share / RARE_SHARE) / math.log(COMMON_SHARE / RARE_SHARE)
                found = 1.0 - t * (1.0 - COMMON_WEIGHT)
            self._memo[key] = found
        return found

    def __call__(self, t: NameToken) -> float:
        found = self._tokens.get(id(t))
        if found is not None and found[0] is t:
            return found[1]
        weight = self.weight(t)
        if len(self._tokens) >= TOKEN_WEIGHTS_MAX:
            self._tokens.clear()
        self._tokens[id(t)] = (t, weight)
        return weight

    def weight(self, t: NameToken) -> float:
        """The weight of token *t* worked out (what calling the weights gives, remembered)."""
        if t.kind == ABU:
            return ABU_WEIGHT
        if t.kind == INITIAL:
            return INITIAL_WEIGHT
        if generic_token(t):
            return GENERIC_WEIGHT
        # a glued article or particle read off ("Alousta": "ousta") weighs as its lightest
        # reading, as the name written apart would
        weight = self.informativeness(t.key) if t.key else 1.0
        for _form, key in t.alts:
            if key:
                weight = min(weight, self.informativeness(key))
        return weight


def score_tokens(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    *,
    cross_script: bool,
    person: bool = False,
    sims: dict[tuple[int, str, bool], tuple[float, str]] | None = None,
    weigh: Weigh | None = None,
) -> NameScore:
    """Score core tokens *q* (query) against core tokens *n* (a gazetteer name).

    For a *person*, a one-word query is a surname only if it pairs with the name's last token;
    a bare given name ("Khaled") is never enough on its own. *sims* memoises token
    similarities across the names scored for one query (keyed by query token index, name token
    form and script crossing).
    """
    if not q or not n:
        return NameScore(0.0, (), 0.0, 0.0, ())
    memo = {} if sims is None else sims
    w = token_weight if weigh is None else weigh
    options = _token_options(q, n, cross_script, memo)
    best = _score_options(q, n, options, person, w, cross_script)
    return _with_joins(best, q, n, options, cross_script, person, memo, w) or best


BOUND_SLACK = 1e-9  # a bound is computed in another order than the score: float rounding


def score_tokens_above(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    floor: float,
    *,
    cross_script: bool,
    person: bool = False,
    sims: dict[tuple[int, str, bool], tuple[float, str]] | None = None,
    weigh: Weigh | None = None,
    joins: bool = True,
    options: list[_Option] | None = None,
) -> NameScore | None:
    """:func:`score_tokens`, or None when the score is certainly below *floor*; with *joins*
    False, without trying adjacent parts written as one (:mod:`normx.match.joins`).

    For a ranker that only needs names scoring at least *floor*: the token pairs are found as
    for the score, but when :func:`score_upper_bound` over them is below *floor*, the alignment,
    coverage and penalties are never worked out (most names a query reaches are such names).
    *options*: the token pairs when the caller has found them already (:func:`options_within`
    with the same tokens and memo).
    """
    if not q or not n:
        return NameScore(0.0, (), 0.0, 0.0, ())
    w = token_weight if weigh is None else weigh
    memo = {} if sims is None else sims
    if options is None:
        options = _token_options(q, n, cross_script, memo)
    if (
        floor > 0.0
        and score_upper_bound(q, n, options, person=person, weigh=w, cross_script=cross_script)
        + BOUND_SLACK
        < floor
    ):
        # the bound holds for the names as written; a join of two parts may still lift them
        if not joins:
            return None
        joined = _with_joins(None, q, n, options, cross_script, person, memo, w)
        return joined if joined is not None and joined.score >= floor else None
    best = _score_options(q, n, options, person, w, cross_script)
    if not joins:
        return best
    return _with_joins(best, q, n, options, cross_script, person, memo, w) or best


def options_within(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    floor: float,
    cross_script: bool,
    person: bool,
    sims: dict[tuple[int, str, bool], tuple[float, str]],
    weigh: Weigh,
) -> list[_Option] | None:
    """The token pairs of *q* and *n* (non-empty) as :func:`score_tokens_above` finds them, or
    None when it would answer None from their bound without joins (*floor* above 0).

    The ranker's loop without the calls around it: most names a canonicalize query reaches
    stop here (~10 us each, a sixth of a first pass; session 16). The same memo reads and
    writes as :func:`score_tokens_above`, in the same order, so what a later name reads is the
    same. The ranker takes it as :func:`name_test`, bound to its query."""
    return name_test(q, weigh)(n, cross_script, sims, person, floor)


NameTest = Callable[
    [tuple[NameToken, ...], bool, dict[tuple[int, str, bool], tuple[float, str]], bool, float],
    "list[_Option] | None",
]


def name_test(q: tuple[NameToken, ...], weigh: Weigh) -> NameTest:
    """:func:`options_within` for query *q* and weights *weigh*, as a callable of the name's
    own arguments: ``test(n, cross_script, sims, person, floor)``.

    With the compiled kernel it is ``_kernels.options_within`` with the query's arguments bound
    (a :func:`functools.partial`: no Python frame per name): the token pairs and the bound in
    one call, the name's weights read from :data:`_NAME_SIDE`; the same calls, memo writes and
    floats as the Python path below, which stays the reference (tests/match/
    test_within_kernel.py). Session 17: the ranker tests ~260k names per canonicalize first
    pass over the development articles, and the two Python calls per name around the two
    compiled ones were about a third of that test's cost."""
    if _WITHIN_KERNEL is not None and _OPTIONS_KERNEL is not None and _BOUND_KERNEL is not None:
        return partial(
            _WITHIN_KERNEL,
            q,
            ABU,
            _head_memo,
            PAIR_FLOOR,
            HEAD_FACTOR,
            _query_side(q, weigh),
            _NAME_SIDE,
            _name_side,
            weigh,
            BOUND_SLACK,
            _BOUND_CONSTANTS,
        )

    def test(
        n: tuple[NameToken, ...],
        cross_script: bool,
        sims: dict[tuple[int, str, bool], tuple[float, str]],
        person: bool,
        floor: float,
    ) -> list[_Option] | None:
        options = _token_options(q, n, cross_script, sims)
        if (
            score_upper_bound(q, n, options, person=person, weigh=weigh, cross_script=cross_script)
            + BOUND_SLACK
            < floor
        ):
            return None
        return options

    return test


def _with_joins(
    best: NameScore | None,
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    options: list[_Option],
    cross_script: bool,
    person: bool,
    sims: dict[tuple[int, str, bool], tuple[float, str]],
    weigh: Weigh,
) -> NameScore | None:
    """The best score of the two names with one pair of adjacent parts of either written as
    one word (:mod:`normx.match.joins`), less :data:`JOIN_PENALTY`, when it beats *best*;
    otherwise None. The pairs keep the indices of the names as written: a joined pair is
    reported at its first part, with how "joined"."""
    found: NameScore | None = None
    top = -1.0 if best is None else best.score
    seen: set[tuple[str, int]] = set()
    for join in find_joins(q, n, cross_script=cross_script, sims=sims, paired=options):
        if (join.side, join.at) in seen:
            continue
        seen.add((join.side, join.at))
        on_query = join.side == QUERY
        q2 = merged(q, join.at) if on_query else q
        n2 = n if on_query else merged(n, join.at)
        scored = _score_options(
            q2, n2, _token_options(q2, n2, cross_script, {}), person, weigh, cross_script
        )
        score = max(0.0, scored.score - JOIN_PENALTY)
        if score <= top:
            continue
        top = score
        found = NameScore(
            score,
            tuple(_unmerged(p, join.at, on_query) for p in scored.pairs),
            scored.precision,
            scored.recall,
            (*scored.penalties, "parts joined"),
        )
    return found


def _unmerged(p: TokenPair, at: int, on_query: bool) -> TokenPair:
    """Pair *p* of the names with a join at *at* in the indices of the names as written."""
    i = p.qi if on_query else p.ni
    how = "joined" if i == at else p.how
    i = i + 1 if i > at else i
    return TokenPair(i, p.ni, p.sim, how) if on_query else TokenPair(p.qi, i, p.sim, how)


HEAD_FACTOR = 0.85
"""What a name part is worth against an Abd compound of which it is the head (Hamid for Abd
al-Hamid, Rahman for Abd al-Rahman): people and lists shorten the compound to its divine name,
but Hamid is also a name of its own, so the pair counts as this share of the head's
similarity. Its phonetic key is two letters from the compound's, which the key neighbours never
pair (:func:`compound_head`; the index files the compound's names under the head)."""
HEAD_KEY = "\x00"  # marks the head pairs in a query's similarity memo
_NOT_HEADS = frozenset({"lah", "llah", "allah", "ullah", "alah"})  # Abdullah is no Allah


@lru_cache(maxsize=65_536)
def compound_head(t: NameToken) -> NameToken | None:
    """The head of an Abd compound token (abd-hamid -> hamid), else None.

    Only a plain name part of at least three letters: Abdullah's "lah" names nobody."""
    if t.kind != NAME or not t.form.startswith("abd-"):
        return None
    head = t.form[4:]
    if len(head) < 3 or not head.isalpha() or head in _NOT_HEADS:
        return None
    return NameToken(head, phonetic_key(head))


def _head_similarity(qt: NameToken, nt: NameToken, cross_script: bool) -> tuple[float, str]:
    """The similarity of query token *qt* to name token *nt* read through an Abd compound's
    head (a plain part against the compound), :data:`HEAD_FACTOR` of the head's; else none."""
    if qt.kind != NAME or qt.form.startswith("abd-"):
        return _UNRELATED
    head = compound_head(nt)
    if head is None:
        return _UNRELATED
    sim, _how = token_similarity(qt, head, cross_script=cross_script, floor=_HEAD_FLOOR)
    sim *= HEAD_FACTOR
    return (sim, HEAD) if sim >= PAIR_FLOOR else _UNRELATED


_UNRELATED = (0.0, "none")
_HEAD_FLOOR = PAIR_FLOOR / HEAD_FACTOR
_Option = tuple[int, int, float, str]  # query token index, name token index, similarity, how


def _token_options(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    cross_script: bool,
    sims: dict[tuple[int, str, bool], tuple[float, str]],
) -> list[_Option]:
    """Every token pair that may be aligned (similarity at least :data:`PAIR_FLOOR`), in
    query-then-name order. The compiled kernel runs the same loop (:func:`_head_memo` for the
    Abd heads): the ranker asks this for every name it reaches, ~40 per canonicalize query."""
    if _OPTIONS_KERNEL is not None:
        return _OPTIONS_KERNEL(q, n, cross_script, sims, ABU, _head_memo, PAIR_FLOOR, HEAD_FACTOR)
    options: list[_Option] = []
    for qi, qt in enumerate(q):
        q_abu = qt.kind == ABU
        for ni, nt in enumerate(n):
            if q_abu != (nt.kind == ABU):
                continue
            memo_key = (qi, nt.form, cross_script)
            found = sims.get(memo_key)
            if found is None:
                if qt.alts or nt.alts or qt.form == nt.form or keys_close(qt.key, nt.key):
                    found = token_similarity(qt, nt, cross_script=cross_script, floor=PAIR_FLOOR)
                else:
                    found = _UNRELATED  # what token_similarity says for far-apart keys
                sims[memo_key] = found
            sim, how = found
            if sim < HEAD_FACTOR and nt.form.startswith("abd-"):
                head_key = (qi, HEAD_KEY + nt.form, cross_script)
                head = sims.get(head_key)
                if head is None:
                    head = sims[head_key] = _head_similarity(qt, nt, cross_script)
                if head[0] > sim:
                    sim, how = head
            if sim >= PAIR_FLOOR:
                options.append((qi, ni, sim, how))
    return options


def _head_memo(
    qi: int,
    qt: NameToken,
    nt: NameToken,
    cross_script: bool,
    sims: dict[tuple[int, str, bool], tuple[float, str]],
) -> tuple[float, str]:
    """:func:`_head_similarity`, remembered in the query's memo as :func:`_token_options` does
    (the compiled loop calls this for a name token written "abd-...")."""
    head_key = (qi, HEAD_KEY + nt.form, cross_script)
    head = sims.get(head_key)
    if head is None:
        head = sims[head_key] = _head_similarity(qt, nt, cross_script)
    return head


_OPTIONS_KERNEL = getattr(_KERNEL, "token_options", None)  # None: pure Python, or an old build
# score_upper_bound's loop over the options and its two coverage bounds, compiled: the ranker
# bounds ~37 names per canonicalize query and keeps ~1 in 8 (benchmarks/README.md, session 14)
_BOUND_KERNEL = getattr(_KERNEL, "upper_bound", None)  # None: pure Python, or an old build
# options_within's token pairs and bound in one compiled call (session 17)
_WITHIN_KERNEL = getattr(_KERNEL, "options_within", None)  # None: pure Python, or an old build
_BOUND_CONSTANTS = (
    WEAK_PAIR_KNEE,
    WEAK_PAIR_SLOPE,
    CHAIN_DISCOUNT,
    INNER_DISCOUNT,
    NAME_INNER_DISCOUNT,
    NAME_RECALL_WEIGHT,
    SURNAME_PENALTY,
    SINGLE_TOKEN_EXACT,
    SINGLE_TOKEN_FACTOR,
    CHAIN_END_WEIGHT,
    CHAIN_END_CROSS,
    GENERIC_WEIGHT,
)


def score_upper_bound(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    options: list[_Option],
    *,
    person: bool,
    weigh: Weigh | None = None,
    cross_script: bool,
) -> float:
    """An upper bound of what :func:`score_tokens` gives for these token *options*.

    Whatever pairs the alignment keeps, each query token adds at most its best option (times
    the lighter weight) to the matched weight, and the query coverage's denominator loses half
    the weight of the inner tokens left unmatched: the bound takes the best choice of which
    inner tokens those are (:func:`_coverage_bound`), which always leaves out the ones with no
    option; likewise for the name coverage. It also applies the penalties that these options
    make certain: a surname that cannot pair while a query token cannot either, and the
    one-word query cap or factor (the cap only when every query token has an exact option,
    one of a person's on the name's last part: the scorer's cap needs all its pairs exact, one
    on the surname, and one per query token; otherwise the factor, as the scorer applies it).
    """
    if not options:
        return 0.0
    w = token_weight if weigh is None else weigh
    wq, wq_total, q_core, bq = _query_side(q, w)
    wn, wn_total, n_core, bn = _name_side(n, w)
    if _BOUND_KERNEL is not None:  # the same operations in C (tests/match/test_bound_kernel.py)
        return _BOUND_KERNEL(
            options,
            wq,
            wq_total,
            q_core,
            bq,
            wn,
            wn_total,
            n_core,
            bn,
            person,
            cross_script,
            _BOUND_CONSTANTS,
        )
    best_q = [0.0] * len(q)
    best_n = [0.0] * len(n)
    exact_q = [False] * len(q)  # the query parts with an exact option
    exact_last = False  # whether one pairs exactly with the name's last part
    chances = len(q) * len(n)
    for qi, ni, sim, how in options:
        sim = pair_evidence(sim, chances, cross_script=cross_script)
        a, b = bq[qi], bn[ni]
        if a <= b:  # each side's credit in its own weights, the lighter base for both
            cq, cn = sim * wq[qi], sim * wn[ni] * (a / b)
        else:
            cq, cn = sim * wq[qi] * (b / a), sim * wn[ni]
        if cq > best_q[qi]:
            best_q[qi] = cq
        if cn > best_n[ni]:
            best_n[ni] = cn
        if how == "exact":
            exact_q[qi] = True
            exact_last = exact_last or ni == len(n) - 1
    discount = (
        CHAIN_DISCOUNT
        if person and _chain_possible(wq, len(n), options, cross_script)
        else INNER_DISCOUNT
    )
    precision = _coverage_bound(wq, wq_total, best_q, discount, bq)
    recall = _coverage_bound(wn, wn_total, best_n, NAME_INNER_DISCOUNT)
    score = precision * (1.0 - NAME_RECALL_WEIGHT + NAME_RECALL_WEIGHT * min(1.0, recall))
    if person and len(q) > 1 and len(n) > 1 and not best_n[-1] and 0.0 in best_q:
        score -= SURNAME_PENALTY  # the last name token pairs with nothing, nor does a query one
    if q_core == 1 and n_core > 1:
        # the exact cap needs every query part paired exactly, a person's surname among them
        # (_score_options); otherwise the factor applies
        if all(exact_q) and (not person or exact_last):
            score = max(min(score, SINGLE_TOKEN_EXACT), score * SINGLE_TOKEN_FACTOR)
        else:
            score *= SINGLE_TOKEN_FACTOR
    elif q_core == 0 and n_core > 0:
        score *= SINGLE_TOKEN_FACTOR
    return max(0.0, min(1.0, score))


class _SideMemo:
    """The weights and bases of the last query one caller asked about, kept until it asks
    about another (compared by identity: the ranker passes the same tuple for every name)."""

    __slots__ = ("q", "side", "w")

    def __init__(self) -> None:
        self.q: object = ()
        self.w: object = None
        self.side: _Side = ([], 0.0, 0, [])

    def get(self, q: tuple[NameToken, ...], w: Weigh) -> _Side:
        if self.q is q and self.w is w:
            return self.side
        wq, wq_total, q_core = _weigh(q, w)
        self.side = (wq, wq_total, q_core, _bases(q))
        self.q, self.w = q, w
        return self.side


_QUERY_MEMO = _SideMemo()
_SCORED_MEMO = _SideMemo()


def _query_side(q: tuple[NameToken, ...], w: Weigh) -> _Side:
    """:func:`_weigh` and :func:`_bases` of the query's tokens, remembered for the last query:
    the ranker bounds many names for one query, so it is weighed once."""
    return _QUERY_MEMO.get(q, w)


def _scored_side(q: tuple[NameToken, ...], w: Weigh) -> _Side:
    """:func:`_query_side` for the scorer (:func:`_coverage`, :func:`_score_options`),
    remembered apart: a join tried on the query scores a merged query between two bounds of
    the query as written, and one shared entry would be weighed again each time. Each name
    the ranker scores weighed the query's tokens again (~50k names per canonicalize first
    pass over the development articles; session 22): the same numbers, worked out once."""
    return _SCORED_MEMO.get(q, w)


# gazetteer names whose weights are remembered (~0.4 kB each): a canonicalize first pass over
# a 40,000-entity gazetteer bounds ~43k distinct names, and at 16,384 the memo was emptied
# every few hundred queries (half of the look-ups missed)
NAME_SIDE_MAX = 131_072


_Side = tuple[Sequence[float], float, int, Sequence[float]]  # weights, their sum, core, bases
_NAME_SIDE: dict[int, tuple[object, object, _Side]] = {}


def _name_side(n: tuple[NameToken, ...], weigh: Weigh) -> _Side:
    """:func:`_weigh` and :func:`_bases` of a gazetteer name's tokens, remembered: the ranker
    bounds and scores the same index names for query after query, and re-weighing each of
    their tokens was a fifth of the bound. Keyed by the tuple's identity (the index keeps its
    names' tuples; the entry holds the tuple, so the identity cannot be reused while it is
    remembered) and checked against the weights and generic words in force."""
    found = _NAME_SIDE.get(id(n))
    if found is not None and found[0] is n and found[1] is weigh:
        return found[2]
    weights, total, core = _weigh(n, weigh)
    # tuples of floats, not lists: the collector stops tracking them (a first pass over a
    # large gazetteer keeps tens of thousands of sides, and each full collection walked them)
    side = (tuple(weights), total, core, tuple(_bases(n)))
    if len(_NAME_SIDE) >= NAME_SIDE_MAX:
        _NAME_SIDE.clear()
    _NAME_SIDE[id(n)] = (n, weigh, side)
    return side


def _bases(tokens: tuple[NameToken, ...]) -> list[float]:
    """Each token's :func:`token_weight` (Abu, generic word or name part)."""
    return [
        ABU_WEIGHT
        if t.kind == ABU
        else INITIAL_WEIGHT
        if t.kind == INITIAL
        else (GENERIC_WEIGHT if generic_token(t) else 1.0)
        for t in tokens
    ]


def _weigh(tokens: tuple[NameToken, ...], weigh: Weigh) -> tuple[list[float], float, int]:
    """Each token's weight, their sum, and how many are core (not Abu, not a generic word)."""
    weights = [weigh(t) for t in tokens]
    core = sum(1 for t in tokens if t.kind != ABU and not generic_token(t))
    return weights, sum(weights), core


def _coverage_bound(
    weights: Sequence[float],
    total: float,
    best: list[float],
    discount: float,
    bases: Sequence[float] | None = None,
) -> float:
    """The highest coverage the best options allow, over every choice of the inner tokens
    left unmatched: matched weight over *total* less *discount* times the unmatched inner
    weight; *best* holds each token's best matched weight (0 for a token with no option).
    With the query's *bases*, a generic place word (base :data:`GENERIC_WEIGHT`) counts as
    inner wherever it stands (:func:`_forgivable`); a gazetteer name's place word does not
    (forgiven there, "Al Karmah Town" took "Garama" from Germa on towns-libya).

    A ratio of sums is maximised by taking the inner tokens whose own ratio (best over
    discounted weight) reaches the optimum, which is at most 1: those with a ratio of at least
    1 always, and of the others a prefix in order of ratio, so every prefix is tried.
    """
    last = len(weights) - 1
    num = 0.0
    den = total
    rest: list[tuple[float, float]] = []
    for i, c in enumerate(best):
        if 0 < i < last or (bases is not None and bases[i] == GENERIC_WEIGHT):
            d = discount * weights[i]
            den -= d  # unmatched unless taken
            if c >= d:
                num += c
                den += d
            elif c:
                rest.append((c, d))
        else:
            num += c  # an end token: matched or not, its weight stays in the denominator
    ratio_ = num / den
    for c, d in sorted(rest, key=lambda it: it[0] / it[1], reverse=True):
        num += c
        den += d
        if num / den > ratio_:
            ratio_ = num / den
    return ratio_


def _score_options(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    options: list[_Option],
    person: bool,
    weigh: Weigh,
    cross_script: bool,
) -> NameScore:
    """The score of one alignment problem from its token options (see :func:`score_tokens`)."""
    options.sort(key=lambda p: (-p[2], abs(p[0] - p[1])))
    used_q: set[int] = set()
    used_n: set[int] = set()
    pairs: list[TokenPair] = []
    for qi, ni, sim, how in options:
        if qi not in used_q and ni not in used_n:
            pairs.append(TokenPair(qi, ni, sim, how))
            used_q.add(qi)
            used_n.add(ni)
    precision, recall, score = _coverage(q, n, pairs, used_q, used_n, weigh, cross_script, person)
    penalties: list[str] = []
    # the name's given name is its first part, or the one after a leading Abu that the query
    # does not write apart (Abubakar for أبو بكر, Sofian for Abu Sufian)
    first_n = 1 if n[0].kind == ABU and q[0].kind != ABU and len(n) > 2 else 0
    if first_n == 0 and len(n) > 1 and is_generic(n[0].form):
        first_n = 1  # مدينة طبرق, Qaryat Mazzu: the place word is no given name, Tobruk is first
    if pairs and len(q) > 1 and len(n) > 1 and first_n not in used_n and 0 in used_q:
        score -= GIVEN_NAME_PENALTY  # the query's first name pairs with a later part of the name
        penalties.append("given name not first")
    if any(q[p.qi].article and not n[p.ni].article for p in pairs):
        score -= ARTICLE_DROPPED_PENALTY  # "al Bardi" is closer to Al Burdi than to Bardia
        penalties.append("article not in name")
    if person and len(n) > 1 and any(p.ni == 0 and q[p.qi].article for p in pairs):
        score -= ARTICLE_GIVEN_PENALTY  # "Saif al-Adil" is not "Adil Saifi": al- marks a surname
        penalties.append("family name as given name")
    if (
        person
        and pairs
        and len(q) > 1
        and len(n) > 1
        and len(n) - 1 not in used_n
        and len(used_q) < len(q)
    ):
        # Two names that agree on given names but not on the surname. A query whose every
        # part is in the name only leaves the surname out (Saddam Hussein for Saddam Hussein
        # al-Tikriti); the recall term prices that.
        score -= SURNAME_PENALTY
        penalties.append("surname not matched")
    elif person and len(q) > 1 and pairs and len(n) - 1 not in used_n and max(used_n) >= len(pairs):
        # Every query part is in the name, but not as a short form writers use: those keep the
        # first parts of the chain (Saddam Hussein) or add the family name (Khalifa Haftar),
        # while "Ahmed Mohammed" pairs with the first and third parts of Ahmad Oumar Imhamad
        # al-Fitouri and leaves the family name out: two common names meeting by chance.
        score -= SKIPPED_PENALTY
        penalties.append("parts skipped, surname not matched")
    # a pair of generic place words says nothing of order: each language puts its word where
    # its grammar does ("Umm as Safa Village", قرية أم الصفا)
    ordered = sorted(
        (p for p in pairs if not (is_generic(q[p.qi].form) and is_generic(n[p.ni].form))),
        key=lambda p: p.qi,
    )
    if any(a.ni > b.ni for a, b in itertools.pairwise(ordered)):
        score -= REORDER_PENALTY
        penalties.append("reordered")
        if person and not cross_script and _chain_swapped(n, ordered):
            score -= CHAIN_SWAP_PENALTY
            penalties.append("chain parts swapped")
    core_q = _scored_side(q, weigh)[2]  # the query's tokens that are not Abu nor generic
    core_n = _name_side(n, weigh)[2]  # the name's tokens that are not Abu nor generic
    if core_q == 1 and core_n > 1:
        exact = bool(pairs) and all(p.how == "exact" for p in pairs)
        surname = not person or any(p.ni == len(n) - 1 for p in pairs)
        if exact and surname and len(pairs) == len(q):
            score = min(score, SINGLE_TOKEN_EXACT)
        else:
            score *= SINGLE_TOKEN_FACTOR
        penalties.append("single-token query")
    elif core_q == 0 and core_n > 0:
        # only generic words ("Village", "Abu"): they say what kind of entity, never which
        score *= SINGLE_TOKEN_FACTOR
        penalties.append("no distinctive word")
    return NameScore(max(0.0, min(1.0, score)), tuple(pairs), precision, recall, tuple(penalties))


def _is_rotation(order: Sequence[int]) -> bool:
    """Whether *order* is increasing once read from one of its elements on (3 4 0 1 2)."""
    descents = sum(1 for a, b in itertools.pairwise(order) if a > b)
    return descents == 0 or (descents == 1 and order[-1] < order[0])


SWAP_ARRANGEMENTS_MAX = 64  # ways to pair repeated name parts tried before a swap is called


def _chain_swapped(n: tuple[NameToken, ...], ordered: list[TokenPair]) -> bool:
    """Whether the aligned name parts, in query order (*ordered*), are no rotation of the
    name's order, however parts the name repeats (Mustafa Kamal Mustafa: same key) are paired:
    the alignment pairs a part with either of them, and only one way may rotate."""
    order = [p.ni for p in ordered]
    if _is_rotation(order):
        return False
    choices = [[j for j, t in enumerate(n) if t.key == n[p.ni].key] for p in ordered]
    if math.prod(len(c) for c in choices) > SWAP_ARRANGEMENTS_MAX:
        return True
    return not any(
        len(set(moved)) == len(moved) and _is_rotation(moved)
        for moved in itertools.product(*choices)
    )


def _chain_possible(
    wq: list[float], n_len: int, options: list[_Option], cross_script: bool
) -> bool:
    """Whether some alignment of these token *options* may earn :data:`CHAIN_DISCOUNT`
    (:func:`_inner_discount`): the query's ends weigh enough, every name part has an option,
    and close options pair the ends with the ends. Otherwise the bound keeps the usual
    discount: a looser one for every name cost the ranker half again as many scored names."""
    last_q, last_n = len(wq) - 1, n_len - 1
    if last_q < 2 or last_n < 1 or wq[0] + wq[last_q] < CHAIN_END_WEIGHT:
        return False
    strong = CHAIN_END_CROSS if cross_script else WEAK_PAIR_KNEE
    paired = {ni for _qi, ni, _sim, _how in options}
    if len(paired) < n_len:
        return False
    ends = {(qi, ni) for qi, ni, sim, _how in options if sim >= strong}
    return (0, 0) in ends and (last_q, last_n) in ends


def _inner_discount(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    pairs: list[TokenPair],
    cross_script: bool,
    weights: list[float],
) -> float:
    """The share of an unmatched inner part of a person query's weight that is forgiven.

    :data:`CHAIN_DISCOUNT` when the name is a short form of the query: each of its parts pairs
    with a query part, its first and last closely with the query's first and last (given name
    and family name agree, the query lists more of the chain between them), and those two ends
    weigh at least :data:`CHAIN_END_WEIGHT` together; else :data:`INNER_DISCOUNT`. A name with
    a part of its own (Muhammad Hamza Zubaidi for Mohammed Khaled Zubaidi) is another chain
    that meets the query at its ends, not a short form; and two common names at the ends say
    too little to excuse the parts between them."""
    last_q, last_n = len(q) - 1, len(n) - 1
    if last_q < 2 or last_n < 1 or len(pairs) <= last_n:
        return INNER_DISCOUNT
    if weights[0] + weights[last_q] < CHAIN_END_WEIGHT:
        return INNER_DISCOUNT
    strong = CHAIN_END_CROSS if cross_script else WEAK_PAIR_KNEE
    ends = {(p.qi, p.ni) for p in pairs if p.sim >= strong}
    if (0, 0) in ends and (last_q, last_n) in ends:
        return CHAIN_DISCOUNT
    return INNER_DISCOUNT


def _coverage(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    pairs: list[TokenPair],
    used_q: set[int],
    used_n: set[int],
    weigh: Weigh,
    cross_script: bool,
    person: bool = False,
) -> tuple[float, float, float]:
    """Query coverage (precision), name coverage (recall) and the score they make."""
    wq_of, wq, _q_core, bq = _scored_side(q, weigh)
    wn_of, wn, _core, bn = _name_side(n, weigh)
    # each side's coverage is counted in its own weights (a rare misspelling of a common name
    # is as well covered by it as the name itself), but a pair counts with the lighter of
    # the two base weights: "Qaryan" paired with the generic "qaryat" says no more than
    # "qaryat" does
    chances = len(q) * len(n)
    matched = matched_n = 0.0
    for p in pairs:
        e = pair_evidence(p.sim, chances, cross_script=cross_script)
        matched += e * wq_of[p.qi] * min(1.0, bn[p.ni] / bq[p.qi])
        matched_n += e * wn_of[p.ni] * min(1.0, bq[p.qi] / bn[p.ni])
    # A query part left unmatched inside the name (a middle name or patronymic the gazetteer
    # does not list) costs less than one at either end, which would make it another person.
    inner_missing = sum(wq_of[i] for i in range(len(q)) if i not in used_q and _forgivable(q, i))
    discount = (
        _inner_discount(q, n, pairs, cross_script, wq_of)
        if person and inner_missing
        else INNER_DISCOUNT
    )
    precision = matched / (wq - discount * inner_missing)
    # Likewise a gazetteer name's inner parts (father's and grandfather's names in a nasab
    # chain) are what writers drop first: "Khalifa Haftar" for Khalifa Belqasim Haftar.
    name_inner_missing = sum(wn_of[i] for i in range(1, len(n) - 1) if i not in used_n)
    recall = matched_n / (wn - NAME_INNER_DISCOUNT * name_inner_missing)
    score = precision * (1.0 - NAME_RECALL_WEIGHT + NAME_RECALL_WEIGHT * recall)
    return precision, recall, score
