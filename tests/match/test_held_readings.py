"""The kernel keeps index tokens' readings across calls (``held_readings`` in
normx/_kernels.c): the neighbour search and the ranker's token pairs give what reading every
token afresh gives, whatever was kept before, in either script, and configure() forgets them.

Reading a token afresh is ``token_similarities`` (its readings are read per call and freed);
the pure-Python loops stay the reference (tests/match/test_kernels.py). Skipped when the
kernel is not built.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match import kernels
from normx.match import score as score_module
from normx.match import similarity as sim
from normx.match.similarity import PAIR_FLOOR
from normx.text.normalize import NameToken, analyse_name, core_tokens

needs_kernel = pytest.mark.skipif(not kernels.COMPILED, reason="compiled kernel not in use")

WORDS = [
    "mohamed", "muhammad", "mahmoud", "salih", "saleh", "ali", "aly", "alia", "issa", "eisa",
    "bayda", "beida", "zawiyah", "gamal", "jamal", "abou", "abdulrahman", "abd al-hamid",
    "hamid", "salah", "misrata", "msrata", "صالح", "علي", "عيسى", "محمد", "جمال", "البيضاء",
    "مصراتة", "عبدالرحمن",
]  # fmt: skip


def _tokens(words: list[str]) -> list[NameToken]:
    return [t for w in words for t in core_tokens(analyse_name(w))]


# one pool of index tokens for the whole module: the same objects come back in example after
# example, as an index's tokens do query after query, so their readings are kept between them
POOL = (
    *_tokens(WORDS),
    NameToken("alousta", "LST", alts=(("ousta", "ST"),)),  # a glued article read off
    NameToken("ali", "L", alts=(("'li", "L"),)),
)


def _fresh(q: NameToken, forms: list[str], tokens: list[NameToken], cross: bool, qi: int):
    """The memo and best values of the neighbour search with every reading read afresh (the
    loop of Matcher._find_neighbours on token_similarities)."""
    values = sim.token_similarities(q, tokens, cross_script=cross)
    memo = {}
    best: dict[str, float] = {}
    for form, value in zip(forms, values, strict=True):
        key = (qi, form, cross)
        if key not in memo:
            memo[key] = value
        s = memo[key][0]
        if s >= PAIR_FLOOR and s > best.get(form, 0.0):
            best[form] = s
    return memo, best


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=2),
    st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=20),
    st.lists(st.booleans(), min_size=1, max_size=3),
)
def test_neighbour_sims_is_every_reading_read_afresh(q_words, picks, crosses):
    # the same index tokens searched from new query tokens, in one script then the other
    # (a kept reading has a class sequence for each) and again
    tokens = [POOL[i] for i in picks]
    forms = [t.form for t in tokens]
    for qi, q in enumerate(_tokens(q_words)):
        for cross in crosses:
            memo: dict = {}
            best: dict[str, float] = {}
            sim.KERNEL.neighbour_sims(q, forms, tokens, cross, qi, memo, best, PAIR_FLOOR)
            assert (memo, best) == _fresh(q, forms, tokens, cross, qi)


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3),
    st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=5),
    st.booleans(),
)
def test_token_options_with_kept_readings_is_the_python_loop(q_words, picks, cross):
    # the ranker's pairs, name tokens from the pool (their readings kept from earlier calls)
    q, n = tuple(_tokens(q_words)), tuple(POOL[i] for i in picks)
    compiled_memo: dict = {}
    python_memo: dict = {}
    compiled = score_module._token_options(q, n, cross, compiled_memo)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(score_module, "_OPTIONS_KERNEL", None)
        python = score_module._token_options(q, n, cross, python_memo)
    assert compiled == python
    assert compiled_memo == python_memo


@needs_kernel
def test_readings_are_kept_and_configure_forgets_them():
    q = _tokens(["muhammad"])[0]
    tokens = list(POOL)
    forms = [t.form for t in tokens]
    sim.KERNEL.neighbour_sims(q, forms, tokens, False, 0, {}, {}, PAIR_FLOOR)
    kept = sim.KERNEL.held_count()
    assert kept >= len({id(t) for t in tokens if t.form != q.form})
    # another query token over the same index tokens reads none of them again
    other = _tokens(["mahmoud"])[0]
    sim.KERNEL.neighbour_sims(other, forms, tokens, True, 0, {}, {}, PAIR_FLOOR)
    assert sim.KERNEL.held_count() == kept
    # new costs or sequence functions: the kept readings (their class sequences) are gone
    sim._configured_kernel()
    assert sim.KERNEL.held_count() == 0
    memo: dict = {}
    best: dict[str, float] = {}
    sim.KERNEL.neighbour_sims(q, forms, tokens, False, 0, memo, best, PAIR_FLOOR)
    assert (memo, best) == _fresh(q, forms, tokens, False, 0)


@needs_kernel
def test_a_kept_reading_has_each_scripts_class_sequence():
    # salih's Latin class sequence drops the final h (SaLi), its cross-script one keeps the
    # vowel inside the word (SaLi~): against romanised صالح (salh) the vowel is an unwritten
    # inner one, 0.95 * (1 - 7/80), not a final one, 0.95 * (1 - 18/80). Read in Latin first
    # and kept, the reading must still align across scripts with its cross-script sequence.
    salih = _tokens(["salih"])[0]
    salh = NameToken("salh", "SL")
    tokens = [salih]
    for cross in (False, True, False, True):
        memo: dict = {}
        sim.KERNEL.neighbour_sims(salh, ["salih"], tokens, cross, 0, memo, {}, PAIR_FLOOR)
        assert memo == _fresh(salh, ["salih"], tokens, cross, 0)[0]
    assert memo[0, "salih", True][0] == pytest.approx(0.95 * (1 - 7 / 80))
