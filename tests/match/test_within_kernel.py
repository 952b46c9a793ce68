"""The ranker's one-call test of a name (``_kernels.options_within``) answers as the Python one.

``options_within`` decides which names the ranker scores, and it writes the query's similarity
memo that later names read (the first writer of a form's entry decides what later names see,
benchmarks/README.md session 15). So the compiled call must return the same options (or None)
and leave the memo, entry for entry, as the Python path does: token pairs, then the bound
compared with the floor. Compared over random names, weights, person and script flags, memos
already holding entries, the name's weights remembered or not, and floors set on either side
of the bound. Skipped when the kernel is not built; with ``NORMX_PURE_PYTHON=1`` the Python
path is the only one.
"""

import math
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match import kernels
from normx.match import score as score_module
from normx.match.score import (
    BOUND_SLACK,
    TokenWeights,
    options_within,
    score_upper_bound,
    token_weight,
)
from normx.match.score import _token_options as token_options
from normx.text.normalize import analyse_name, core_tokens

needs_kernel = pytest.mark.skipif(
    score_module._WITHIN_KERNEL is None, reason="compiled options_within not in use"
)

# name parts with shared keys, vowel variants, readings (Bu), the article, Abu, Abd compounds,
# initials, generic place words and Arabic script
PARTS = [
    "ali", "aly", "alaa", "issa", "eissa", "khaled", "khalid", "al-mishri", "mashri", "haftar",
    "hifter", "abu", "qirin", "grein", "bayda", "beida", "village", "qaryat", "zawiya",
    "zawiyah", "al-bardi", "burdi", "muammar", "qadhafi", "gaddafi", "salem", "salim",
    "abdelhamid", "abd-al-hamid", "hamid", "bousahmein", "sahmein", "m.", "mohamed", "muhammad",
    "محمد", "علي", "القذافي", "عبد الحميد",
]  # fmt: skip
NAMES = st.lists(st.sampled_from(PARTS), min_size=1, max_size=6).map(" ".join)
WEIGHTS = TokenWeights({"MHMT": 400, "AL": 150, "KLT": 60, "SLM": 90}, 3000)


def _core(text: str):
    return core_tokens(analyse_name(text))


def _python(q, n, floor, cross, person, sims, weigh):
    """options_within with the compiled call left out (token pairs, then the bound)."""
    kernel = score_module._WITHIN_KERNEL
    score_module._WITHIN_KERNEL = None
    try:
        return options_within(q, n, floor, cross, person, sims, weigh)
    finally:
        score_module._WITHIN_KERNEL = kernel


def _same(a, b) -> bool:
    """Equal answers, floats compared by repr (the same float, not only an equal one)."""
    return repr(a) == repr(b)


@needs_kernel
@settings(max_examples=600, deadline=None)
@given(
    NAMES,
    NAMES,
    NAMES,
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.floats(0.0, 1.2),
)
def test_the_compiled_test_equals_the_python_test(
    query, name, earlier, person, cross, common, remembered, floor
):
    q, n, e = _core(query), _core(name), _core(earlier)
    if not q or not n:
        return
    weigh = WEIGHTS if common else token_weight
    # a memo that an earlier name of the same query already filled
    memo = {}
    if e:
        token_options(q, e, cross, memo)
    if not remembered:
        score_module._NAME_SIDE.pop(id(n), None)
    compiled_memo, python_memo = dict(memo), dict(memo)
    compiled = options_within(q, n, floor, cross, person, compiled_memo, weigh)
    python = _python(q, n, floor, cross, person, python_memo, weigh)
    assert _same(compiled, python)
    assert list(compiled_memo.items()) == list(python_memo.items())  # same writes, same order


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(NAMES, NAMES, st.booleans(), st.booleans())
def test_the_floor_is_compared_as_in_python(query, name, person, cross):
    # floors right at the bound plus the slack and one float step either side: a name exactly
    # at the floor passes, one step below it does not, on both paths
    q, n = _core(query), _core(name)
    if not q or not n:
        return
    options = token_options(q, n, cross, {})
    bound = score_upper_bound(q, n, options, person=person, weigh=WEIGHTS, cross_script=cross)
    at = bound + BOUND_SLACK
    for floor in (at, math.nextafter(at, 2.0), math.nextafter(at, -1.0)):
        compiled = options_within(q, n, floor, cross, person, {}, WEIGHTS)
        python = _python(q, n, floor, cross, person, {}, WEIGHTS)
        assert _same(compiled, python)
        assert (compiled is None) == (at < floor)


@needs_kernel
def test_hand_written_cases_agree():
    # a bare surname (the one-word cap), a chain with an inner part left out, an Abd compound
    # read through its head, a name with readings (Bousahmein / Bu Sahmein), nothing in common
    for query, name in [
        ("Haftar", "Khalifa Haftar"),
        ("Ibrahim Muhammad Salih al-Banna", "Ibrahim al-Banna"),
        ("Hamid Dbeibah", "Abd al-Hamid Dbeibah"),
        ("Bu Sahmein", "Nouri Bousahmein"),
        ("Zawiya", "Qaryat Bayda"),
    ]:
        q, n = _core(query), _core(name)
        for cross in (False, True):
            for floor in (0.0, 0.5, 0.78, 1.0):
                compiled_memo: dict = {}
                python_memo: dict = {}
                compiled = options_within(q, n, floor, cross, True, compiled_memo, WEIGHTS)
                python = _python(q, n, floor, cross, True, python_memo, WEIGHTS)
                assert _same(compiled, python), (query, name, cross, floor)
                assert compiled_memo == python_memo
    # no options at all: bound 0.0, so None above the slack and the options (empty) at 0
    q, n = _core("Zawiya"), _core("Muammar")
    assert options_within(q, n, 0.5, False, True, {}, WEIGHTS) is None
    assert options_within(q, n, 0.0, False, True, {}, WEIGHTS) == []


def test_pure_python_leaves_the_compiled_test_out():
    env = dict(os.environ, NORMX_PURE_PYTHON="1")
    code = "from normx.match import score; print(score._WITHIN_KERNEL)"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["None"]


@needs_kernel
def test_the_compiled_test_is_in_use_with_the_kernel():
    assert kernels.COMPILED
    assert score_module._WITHIN_KERNEL is kernels.module.options_within
