"""The compiled kernel (normx/_kernels.c) gives what the pure-Python reference gives.

The kernel computes every alignment to the end, so its token similarities are exact; the
Python ones are exact wherever they reach the caller's floor and some smaller value below it
(the alignment may stop early). So: equal to the Python function at floor 0 always, and equal
at PAIR_FLOOR wherever either side reaches it. Skipped when the kernel is not built.
"""

import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from normx.match import align, kernels
from normx.match import similarity as sim
from normx.match.similarity import LATIN_ALIGN_FACTOR, PAIR_FLOOR
from normx.text.normalize import NameToken, analyse_name, core_tokens

needs_kernel = pytest.mark.skipif(not kernels.COMPILED, reason="compiled kernel not in use")

# letters that make consonant classes, vowels, glides and the apostrophe; digraphs; a final h
LATIN = st.text(alphabet="abdfghijklmnoqrstuwyzce'", min_size=1, max_size=12)
ARABIC = st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآ", min_size=1, max_size=9)
WORD = st.one_of(
    LATIN,
    ARABIC,
    st.sampled_from(
        [
            "mohamed", "muhammad", "salih", "saleh", "abdulrahman", "alhasan", "bayda",
            "beida", "zawiyah", "gamal", "jamal", "dhahir", "zahir", "abou", "issam",
            "oubad", "abid", "صالح", "المشري", "ابوالحسن", "عبدالرحمن", "جمال", "ظاهر",
        ]
    ),
)  # fmt: skip
# class sequences: consonant classes, vowel qualities, the silent end mark
SEQUENCE = st.text(alphabet="BTSMRLKJZHNFQWaeiu~", max_size=10)


def _tokens(words: list[str]) -> list[NameToken]:
    return [t for w in words for t in core_tokens(analyse_name(w))]


@st.composite
def tokens(draw, min_size=1, max_size=8):
    found = _tokens(draw(st.lists(WORD, min_size=min_size, max_size=max_size)))
    if draw(st.booleans()):  # readings the analyser may not make: glued particles, alts
        extra = draw(st.lists(st.tuples(LATIN, st.text("BTSMRLKJZHN", max_size=5)), max_size=2))
        form, key = draw(LATIN), draw(st.text("BTSMRLKJZHN", max_size=6))
        found.append(NameToken(form, key, alts=tuple(extra)))
    return found


@needs_kernel
def test_the_kernel_is_the_path_in_use():
    assert sim._KERNEL is kernels.module
    assert "compiled" in kernels.describe()


def test_pure_python_can_be_forced():
    # NORMX_PURE_PYTHON=1 ignores a built kernel (benchmarks and fallback checks use it)
    env = dict(os.environ, NORMX_PURE_PYTHON="1")
    code = (
        "from normx.match import kernels, similarity; print(kernels.COMPILED, similarity._KERNEL)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.split() == ["False", "None"]


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(st.text(max_size=14), st.text(max_size=14))
def test_string_ratio_is_rapidfuzz(a, b):
    assert kernels.module.ratio(a, b) == ratio(a, b) / 100.0


@needs_kernel
@settings(max_examples=400, deadline=None)
@given(st.text("BTSMRLKJ", max_size=7), st.text("BTSMRLKJ", max_size=7))
def test_keys(a, b):
    assert kernels.module.keys_close(a, b) == sim.keys_close(a, b)
    assert kernels.module.key_sim(a, b) == sim._key_sim(a, b)


def test_keys_by_hand():
    if not kernels.COMPILED:
        pytest.skip("compiled kernel not in use")
    close = kernels.module.keys_close
    assert close("MSR", "MSR") and close("MSRT", "MSR") and close("MSR", "MSRT")
    assert close("MSRT", "MKRT")  # one symbol each deleted: MRT
    assert not close("MS", "MT")  # short keys have no deletion variants
    assert not close("MSRTK", "MSR") and not close("", "")


@needs_kernel
@settings(max_examples=600, deadline=None)
@given(SEQUENCE, SEQUENCE, st.sampled_from([align.INNER, align.CROSS_INNER, 3]), st.booleans())
def test_alignment_is_the_scalar_programme(x, y, inner, near_on):
    near = align.CROSS_NEAR if near_on else align.SCALE
    expected = (
        align.similarity(align.distance_units(x, y, None, inner, near)[0], x, y)
        if (x and y)
        else 0.0
    )
    assert kernels.module.aligned_similarity(x, y, inner, near) == expected


def test_alignment_by_hand():
    if not kernels.COMPILED:
        pytest.skip("compiled kernel not in use")
    one = kernels.module.aligned_similarity
    # an inner vowel Arabic leaves unwritten: 7 units of 20 * 5 symbols
    assert one("MiSRi", "MSRi", align.CROSS_INNER, align.CROSS_NEAR) == 1 - 7 / 100
    # dh / z across scripts costs the near cost, a whole unit between Latin spellings
    assert one("TaKiR", "ZaKiR", align.CROSS_INNER, align.CROSS_NEAR) == 1 - 10 / 100
    assert one("TaKiR", "ZaKiR", align.INNER, align.SCALE) == 1 - 20 / 100
    assert one("", "MSR", align.INNER, align.SCALE) == 0.0


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(tokens(max_size=2), tokens(), st.booleans())
def test_token_similarity_is_the_python_one(qs, names, cross):
    for q in qs:
        for n in names:
            compiled = sim.token_similarity(q, n, cross_script=cross, floor=PAIR_FLOOR)
            # exact everywhere: what the Python function gives at floor 0
            assert compiled == sim._token_similarity_py(q, n, cross_script=cross)
            python = sim._token_similarity_py(q, n, cross_script=cross, floor=PAIR_FLOOR)
            if compiled[0] >= PAIR_FLOOR or python[0] >= PAIR_FLOOR:
                assert compiled == python
            else:
                assert python[0] < PAIR_FLOOR


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(tokens(max_size=2), tokens(max_size=12), st.booleans(), st.booleans())
def test_token_similarities_are_the_python_ones(qs, names, cross, cold):
    # the neighbour search: wherever a pair reaches the floor, value and how must be the same
    for q in qs:
        if cold:
            sim._ALIGNED.clear()
            sim._ALIGNED_BELOW.clear()
        compiled = sim.token_similarities(q, names, cross_script=cross)
        python = sim._token_similarities_py(q, names, cross_script=cross)
        assert len(compiled) == len(python) == len(names)
        for n, c, p in zip(names, compiled, python, strict=True):
            if c[0] >= PAIR_FLOOR or p[0] >= PAIR_FLOOR:
                assert c == p
            # and the many-at-once kernel is its one-pair one (no pair: 0.0, "none")
            one = sim.token_similarity(q, n, cross_script=cross)
            assert c == (one if one[0] > 0.0 else (0.0, "none"))


def test_the_same_answers_by_hand():
    # pairs worked out by hand, on whichever path is in use
    oubad, mohamed, muhammad = _tokens(["oubad", "mohamed", "muhammad"])
    abid = NameToken("abid", "BT", alts=(("'bid", "BT"),))  # as a name glued to 'Abd reads it
    assert sim.token_similarity(mohamed, mohamed, cross_script=False) == (1.0, "exact")
    # abid also reads 'bid (a glued apostrophe): uBaT / eBiT, a neutral vowel (2 units) and
    # another vowel quality (10) out of 4 symbols of 20 units
    assert sim.token_similarity(oubad, abid, cross_script=False) == (
        LATIN_ALIGN_FACTOR * (1 - 12 / 80),
        "vowels",
    )
    # MuHaMeT / MuHaMaT: one neutral vowel (2 units) out of 7 symbols, above the key lift
    # (0.55 + 0.45 * 10/15 = 0.85)
    assert sim.token_similarity(mohamed, muhammad, cross_script=False) == (
        LATIN_ALIGN_FACTOR * (1 - 2 / 140),
        "vowels",
    )
