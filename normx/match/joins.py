"""One name part written as two words, or two written as one: joined token pairs.

Writers split and glue name parts freely beyond the particles the analyser knows (Abd, Abu,
al-, bin): "Fathi Bach Agha" for Bashagha, and on the Arabic side two words run together with
no space (حسن ظاهرعويس for Hassan Zaher Owais). A token-by-token alignment cannot see those:
each part alone is far from the single token. Here two adjacent plain name parts of one side
are joined into one token and compared with each single token of the other side; a join is
kept only when the joined form matches clearly (:data:`JOIN_FLOOR`), since two short parts
glued together reach many long tokens by chance, and the scorer tries the names with the join
made next to the names as written, at a small cost (:data:`JOIN_PENALTY`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from normx.match.similarity import keys_close, token_similarity
from normx.text.normalize import NAME, NameToken
from normx.text.phonetic import phonetic_key

JOIN_FLOOR = 0.9
"""The least similarity of a joined form to a single Latin token for the join to count."""
CROSS_JOIN_FLOOR = 0.8
"""The same across scripts, where right pairs themselves sit at 0.8-0.88 (Arabic writes no
short vowels; ظ is z or d): Dahir Aweys against ظاهرعويس is 0.82."""
JOIN_PENALTY = 0.02
"""What a join costs: a split or glued part is a reading, not what the writer wrote."""
MIN_PART = 3  # letters a joined part needs: "As" in Amr ibn al-As glued to Amr made Amrish
MAX_JOIN_READINGS = 4  # readings of a joined token (the parts' alternative readings combined)

KEY_SLACK = 2
"""How far the length of a single token's phonetic key may be from the two parts' keys
together for a join to be tried: a pair with close keys (which the similarity needs) differs
by one symbol, and the parts' keys may merge or gain a symbol where they meet. It keeps most
pairs from ever building a joined token (the scorer meets thousands of names per query)."""

QUERY, NAME_SIDE = "query", "name"
HEAD = "head"  # how a token pair made through an Abd compound's head is marked (score.py)


@dataclass(frozen=True, slots=True)
class Join:
    """Tokens *at* and *at* + 1 of one *side* written as one, matching token *other* of the
    other side with similarity *sim*."""

    side: str
    at: int
    other: int
    sim: float


def joinable(t: NameToken) -> bool:
    """A plain name part of at least :data:`MIN_PART` letters (no particle, Abu or title).

    The scorer sees core tokens only: parts it finds next to each other may stand apart in
    the text (Amr [ibn al-] As), which short parts make likely to glue into another name."""
    return t.kind == NAME and len(t.form) >= MIN_PART


@lru_cache(maxsize=65_536)
def joined_token(a: NameToken, b: NameToken) -> NameToken:
    """*a* and *b* written as one word, with their alternative readings combined."""
    forms = [
        x + y for x in (a.form, *(f for f, _ in a.alts)) for y in (b.form, *(f for f, _ in b.alts))
    ][:MAX_JOIN_READINGS]
    alts = tuple((f, phonetic_key(f)) for f in dict.fromkeys(forms[1:]) if f != forms[0])
    return NameToken(forms[0], phonetic_key(forms[0]), NAME, alts, a.article)


def merged(tokens: tuple[NameToken, ...], at: int) -> tuple[NameToken, ...]:
    """*tokens* with the tokens at *at* and *at* + 1 joined into one."""
    return (*tokens[:at], joined_token(tokens[at], tokens[at + 1]), *tokens[at + 2 :])


def _heads(t: NameToken, size: int = 2) -> frozenset[str]:
    """The symbols among the first *size* of each of *t*'s keys (its readings' too)."""
    return frozenset(c for k in (t.key, *(k for _, k in t.alts)) for c in k[:size])


def _pair_heads(a: NameToken, b: NameToken) -> frozenset[str]:
    """Symbols a joined key of *a* and *b* may begin with: the first part's, or the second's
    when the first part's key is one symbol long."""
    return _heads(a) | _heads(b, 1)


def find_joins(
    q: tuple[NameToken, ...],
    n: tuple[NameToken, ...],
    *,
    cross_script: bool,
    sims: dict[tuple[int, str, bool], tuple[float, str]],
    paired: Iterable[tuple[int, int, float, str]] = (),
) -> list[Join]:
    """Every join of two adjacent query parts matching one name token, or of two adjacent
    name parts matching one query token, at least :func:`join_floor` alike.

    *sims* is the scorer's memo of one query: a joined query pair is keyed by a negative index
    (-1 - its first index) and the name token's form after a "=", a joined name pair by its
    joined form after a "+", so neither meets the keys of single tokens nor those the matcher
    files for joined query pairs (:func:`_single` compares fewer readings).

    *paired*: the token options of the names as written (query index, name index, similarity,
    how). A token that pairs with something already (but through a compound's head) is not
    joined with a neighbour nor matched
    with a joined pair: a join stands in for parts that pair with nothing as written (and
    trying it for every token cost as much as the rest of the scoring). Pairs whose key
    lengths or first key symbols cannot make close keys (close keys share a one-deletion
    variant, whose first symbol is among the first two of each) are never compared.
    """
    # a part paired only through an Abd compound's head (Latif against Abd al-Latif) stays
    # open: "Abdyl Latif" is the compound written as two words, a likelier reading
    done_q = {qi for qi, _ni, _sim, how in paired if how != HEAD}
    done_n = {ni for _qi, ni, _sim, how in paired if how != HEAD}
    if not (
        (len(done_n) < len(n) and _open_pair(done_q, len(q)))
        or (len(done_q) < len(q) and _open_pair(done_n, len(n)))
    ):
        return []  # most names: every token pairs with something, or no two neighbours free
    found: list[Join] = []
    floor = join_floor(cross_script)
    for at in range(len(q) - 1):
        a, b = q[at], q[at + 1]
        if at in done_q or at + 1 in done_q or not (joinable(a) and joinable(b)):
            continue
        size = len(a.key) + len(b.key)
        first: frozenset[str] | None = None
        jq: NameToken | None = None
        for ni, nt in enumerate(n):
            if ni in done_n or abs(len(nt.key) - size) > KEY_SLACK or not joinable(nt):
                continue
            first = first or _pair_heads(a, b)
            if first.isdisjoint(_heads(nt)):
                continue
            memo_key = (-1 - at, "=" + nt.form, cross_script)
            hit = sims.get(memo_key)
            if hit is None:
                jq = jq or joined_token(a, b)
                hit = sims[memo_key] = _similarity(jq, _single(nt, cross_script), cross_script)
            if hit[0] >= floor:
                found.append(Join(QUERY, at, ni, hit[0]))
    for at in range(len(n) - 1):
        a, b = n[at], n[at + 1]
        if at in done_n or at + 1 in done_n or not (joinable(a) and joinable(b)):
            continue
        size = len(a.key) + len(b.key)
        first = None
        jn: NameToken | None = None
        for qi, qt in enumerate(q):
            if qi in done_q or abs(len(qt.key) - size) > KEY_SLACK or not joinable(qt):
                continue
            first = first or _pair_heads(a, b)
            if first.isdisjoint(_heads(qt)):
                continue
            jn = jn or joined_token(a, b)
            memo_key = (qi, "+" + jn.form, cross_script)
            hit = sims.get(memo_key)
            if hit is None:
                hit = sims[memo_key] = _similarity(_single(qt, cross_script), jn, cross_script)
            if hit[0] >= floor:
                found.append(Join(NAME_SIDE, at, qi, hit[0]))
    return found


def _single(t: NameToken, cross_script: bool) -> NameToken:
    """The single token a joined pair is compared with: across scripts, its written form
    only. An Arabic token's other readings are particles split off (ابوالحسن read as al-Hasan
    after Abu): a join matched against such a reading stacks two guesses, and "Ali Hasan"
    glued came out 0.83 alike to it, as close as a right cross-script join."""
    if cross_script and t.alts:
        return NameToken(t.form, t.key, t.kind, (), t.article)
    return t


def _open_pair(done: set[int], size: int) -> bool:
    """Whether two neighbours among *size* tokens are both outside *done*."""
    return any(i not in done and i + 1 not in done for i in range(size - 1))


def join_floor(cross_script: bool) -> float:
    """:data:`JOIN_FLOOR`, or :data:`CROSS_JOIN_FLOOR` across scripts."""
    return CROSS_JOIN_FLOOR if cross_script else JOIN_FLOOR


def _similarity(q: NameToken, n: NameToken, cross_script: bool) -> tuple[float, str]:
    keys_q = (q.key, *(k for _, k in q.alts))
    keys_n = (n.key, *(k for _, k in n.alts))
    if q.form != n.form and not any(keys_close(a, b) for a in keys_q for b in keys_n):
        return 0.0, "none"  # what token_similarity says, without building the readings
    return token_similarity(q, n, cross_script=cross_script, floor=join_floor(cross_script))
