"""The compiled upper bound (``_kernels.upper_bound``) gives exactly what the Python loop gives.

``score_upper_bound`` decides which names the ranker scores; a bound that differed in the last
bit could let a name through on one path and not on the other, so the two are compared with
``==`` on the floats themselves, over random names, weights, person and script flags and
hand-made options (weak pairs, Abu, generic words, inner tokens, one-word queries). Skipped
when the kernel is not built; with ``NORMX_PURE_PYTHON=1`` the Python loop is the only path.
"""

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match import kernels
from normx.match import score as score_module
from normx.match.score import TokenWeights, score_upper_bound
from normx.match.score import _token_options as token_options
from normx.text.normalize import analyse_name, core_tokens

needs_kernel = pytest.mark.skipif(
    score_module._BOUND_KERNEL is None, reason="compiled bound not in use"
)

# name parts with shared keys, vowel variants, the article, Abu, an Abd compound, initials and
# generic place words
PARTS = [
    "ali", "aly", "alaa", "issa", "eissa", "khaled", "khalid", "al-mishri", "mashri", "haftar",
    "hifter", "abu", "qirin", "grein", "bayda", "beida", "village", "qaryat", "zawiya",
    "zawiyah", "al-bardi", "burdi", "muammar", "qadhafi", "gaddafi", "salem", "salim",
    "abdelhamid", "hamid", "m.", "mohamed", "muhammad", "محمد", "علي", "القذافي",
]  # fmt: skip
NAMES = st.lists(st.sampled_from(PARTS), min_size=1, max_size=6).map(" ".join)
# weights as a gazetteer's counts make them: common keys lighter
WEIGHTS = TokenWeights({"MHMT": 400, "AL": 150, "KLT": 60, "SLM": 90}, 3000)


def _core(text: str):
    return core_tokens(analyse_name(text))


def _both(q, n, options, *, person, cross, weigh):
    """The bound through the kernel and through the Python loop."""
    compiled = score_upper_bound(
        q, n, list(options), person=person, weigh=weigh, cross_script=cross
    )
    kernel = score_module._BOUND_KERNEL
    score_module._BOUND_KERNEL = None
    try:
        python = score_upper_bound(
            q, n, list(options), person=person, weigh=weigh, cross_script=cross
        )
    finally:
        score_module._BOUND_KERNEL = kernel
    return compiled, python


@needs_kernel
@settings(max_examples=800, deadline=None)
@given(NAMES, NAMES, st.booleans(), st.booleans(), st.booleans())
def test_the_compiled_bound_equals_the_python_bound(query, name, person, cross, common):
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    weigh = WEIGHTS if common else None
    options = token_options(q, n, cross, {})
    compiled, python = _both(q, n, options, person=person, cross=cross, weigh=weigh)
    assert compiled == python
    assert repr(compiled) == repr(python)  # the same float, not only an equal one


@st.composite
def _problems(draw):
    """Random options over random names: similarities anywhere in [0, 1], repeated pairs,
    every query or name token left out or not (the sorted rest of the coverage bound)."""
    q = _core(draw(NAMES))
    n = _core(draw(NAMES))
    pairs = st.tuples(
        st.integers(0, max(0, len(q) - 1)),
        st.integers(0, max(0, len(n) - 1)),
        st.floats(0.0, 1.0),
        st.sampled_from(["exact", "key", "fuzzy", "cross", "head"]),
    )
    return q, n, draw(st.lists(pairs, max_size=12))


@needs_kernel
@settings(max_examples=800, deadline=None)
@given(_problems(), st.booleans(), st.booleans(), st.booleans())
def test_the_compiled_bound_equals_the_python_bound_on_any_options(problem, person, cross, common):
    q, n, options = problem
    if not q or not n:
        return
    weigh = WEIGHTS if common else None
    compiled, python = _both(q, n, options, person=person, cross=cross, weigh=weigh)
    assert repr(compiled) == repr(python)


@needs_kernel
def test_hand_written_cases_agree():
    # a bare surname matching exactly (the one-word cap), a long chain with an inner part left
    # out (the chain discount), a weak same-script pair among many chances, no options at all
    for query, name, person in [
        ("Haftar", "Khalifa Haftar", True),
        ("Ibrahim Muhammad Salih al-Banna", "Ibrahim al-Banna", True),
        ("Salem Khaled Issa", "Khaled Issa Muammar", True),
        ("Qaryat Bayda", "Village Beida", False),
        ("Abu Bakr", "Ali", True),
    ]:
        q, n = _core(query), _core(name)
        for cross in (False, True):
            options = token_options(q, n, cross, {})
            compiled, python = _both(q, n, options, person=person, cross=cross, weigh=None)
            assert repr(compiled) == repr(python), (query, name, cross)
    q, n = _core("Haftar"), _core("Khalifa Haftar")
    assert score_upper_bound(q, n, [], person=True, cross_script=False) == 0.0


def test_pure_python_leaves_the_compiled_bound_out():
    # NORMX_PURE_PYTHON=1: the Python loop is the bound (the fallback when the kernel is absent)
    env = dict(os.environ, NORMX_PURE_PYTHON="1")
    code = "from normx.match import score; print(score._BOUND_KERNEL)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["None"]


@needs_kernel
def test_the_compiled_bound_is_in_use_with_the_kernel():
    assert kernels.COMPILED
    assert score_module._BOUND_KERNEL is kernels.module.upper_bound
