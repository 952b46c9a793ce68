"""The compiled kernel (normx/_kernels.c) gives what the pure-Python reference gives.

The kernel computes every alignment to the end, so its token similarities are exact; the
Python ones are exact wherever they reach the caller's floor and some smaller value below it
(the alignment may stop early). So: equal to the Python function at floor 0 always, and equal
at PAIR_FLOOR wherever either side reaches it. Skipped when the kernel is not built.
"""

import os
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.fuzz import ratio

from normx.gazetteer.schema import Record
from normx.match import align, kernels
from normx.match import matcher as matcher_module
from normx.match import score as score_module
from normx.match import similarity as sim
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD
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
    assert sim.KERNEL is kernels.module
    assert "compiled" in kernels.describe()


def test_pure_python_can_be_forced():
    # NORMX_PURE_PYTHON=1 ignores a built kernel (benchmarks and fallback checks use it)
    env = dict(os.environ, NORMX_PURE_PYTHON="1")
    code = "from normx.match import kernels, similarity; print(kernels.COMPILED, similarity.KERNEL)"
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


# letters outside ASCII (lower and upper case) take the kernel's slow case test, and
# sequences over 64 symbols its heap rows (the indel costs of y kept beside the two rows)
FOREIGN = st.text(alphabet="BTSMRLKaeiu~éüşŞÉßΩωǅ", max_size=12)
LONG = st.text(alphabet="BTSMRLKJaeiu", min_size=60, max_size=90)


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(st.one_of(FOREIGN, LONG), st.one_of(FOREIGN, LONG, SEQUENCE), st.booleans())
def test_alignment_is_the_scalar_programme_beyond_ascii(x, y, near_on):
    near = align.CROSS_NEAR if near_on else align.SCALE
    for inner in (align.INNER, align.CROSS_INNER):
        expected = (
            align.similarity(align.distance_units(x, y, None, inner, near)[0], x, y)
            if (x and y)
            else 0.0
        )
        assert kernels.module.aligned_similarity(x, y, inner, near) == expected
        assert kernels.module.aligned_similarity(y, x, inner, near) == (
            align.similarity(align.distance_units(y, x, None, inner, near)[0], y, x)
            if (x and y)
            else 0.0
        )


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


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 60), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 30)), max_size=12),
)
def test_distinct_postings_is_numpy_unique(ids, spans):
    # the names a token reaches, each once and ascending, with the first slice listing each
    table = np.array(ids, np.intc)
    slices = [(min(a, len(ids)), min(a + n, len(ids))) for a, n in spans]
    marks = np.zeros(61, np.int32)
    names, codes = np.empty(len(ids) * 12 + 1, np.intc), np.empty(len(ids) * 12 + 1, np.int32)
    count = kernels.module.distinct_postings(table, slices, marks, names, codes)
    reached = np.concatenate([table[a:b] for a, b in slices]) if slices else table[:0]
    expected, first = np.unique(reached, return_index=True)
    lengths = [b - a for a, b in slices]
    slice_of = np.repeat(np.arange(len(slices)), lengths)
    assert names[:count].tolist() == expected.tolist()
    assert codes[:count].tolist() == slice_of[first].tolist()
    assert not marks.any()  # left zeroed for the next call


PARTS = [
    "ali", "aly", "alaa", "issa", "eissa", "khaled", "khalid", "khalaf", "mishri", "mashri",
    "misri", "haftar", "hifter", "akens", "aksen", "salem", "salim", "sallam", "muammar",
    "gaddafi", "qadhafi", "gadafi", "hamid", "ahmed", "mohamed", "mahmud", "ghadames", "sirte",
    "zawiya", "zawiyah", "abu", "bakr", "al-bardi", "burdi", "bach", "agha", "bashagha",
    "abdel", "rahman", "abdelrahman", "oubad", "abid", "salih", "dhahir", "zahir", "gamal",
]  # fmt: skip
ARABIC_PARTS = {
    "ali": "علي", "khaled": "خالد", "mishri": "المشري", "haftar": "حفتر", "aksen": "أكسن",
    "salem": "سالم", "muammar": "معمر", "gaddafi": "القذافي", "hamid": "حميد", "ahmed": "أحمد",
    "mohamed": "محمد", "ghadames": "غدامس", "sirte": "سرت", "zawiya": "الزاوية", "bakr": "بكر",
    "abid": "عبيد", "salih": "صالح", "dhahir": "ظاهر", "gamal": "جمال", "abu": "أبو",
}  # fmt: skip


def _records(draws: list[list[int]], arabic: list[bool]) -> list[Record]:
    out = []
    for i, (parts, with_ar) in enumerate(zip(draws, arabic, strict=True)):
        words = [PARTS[j % len(PARTS)] for j in parts]
        ar = [ARABIC_PARTS.get(w) for w in words]
        name_ar = " ".join(a for a in ar if a) if with_ar and all(ar) else None
        out.append(Record(f"per:{i}", "PER" if i % 4 else "LOC", " ".join(words).title(), name_ar))
    return out


QUERIES = st.lists(
    st.one_of(
        st.lists(st.sampled_from(PARTS), min_size=1, max_size=4).map(" ".join),
        st.lists(st.sampled_from(sorted(ARABIC_PARTS.values())), min_size=1, max_size=3).map(
            " ".join
        ),
        st.lists(LATIN, min_size=1, max_size=3).map(" ".join),
    ),
    min_size=1,
    max_size=6,
)


@needs_kernel
@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 200), min_size=1, max_size=4), min_size=5, max_size=40),
    st.lists(st.booleans(), min_size=40, max_size=40),
    QUERIES,
    st.sampled_from([NO_MATCH_THRESHOLD, 0.5, 0.0]),
    st.booleans(),
)
def test_the_matcher_answers_the_same_on_both_paths(draws, arabic, queries, floor, cuts):
    # the whole matcher, queries in a row (memos across queries), scores unrounded and the
    # explanations: the kernel changes no answer
    index = NameIndex.build(_records(draws, arabic[: len(draws)]))

    def answers(matcher: Matcher) -> list[list[dict]]:
        with pytest.MonkeyPatch.context() as patch:
            if cuts:  # the candidate cuts in play on a small index
                patch.setattr(matcher_module, "FEW_POSTINGS", 2)
                patch.setattr(matcher_module, "COMMON_POSTINGS", 3)
                patch.setattr(matcher_module, "PREFILTER", 4)
            return [
                [
                    {**c.to_dict(), "score": c.score}
                    for c in matcher.match(q, top=5, min_score=floor, explain=True)
                ]
                for q in queries
            ]

    compiled = answers(Matcher(index))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher_module, "KERNEL", None)
        patch.setattr(sim, "KERNEL", None)
        patch.setattr(score_module, "_OPTIONS_KERNEL", None)
        python = answers(Matcher(index))
    assert compiled == python


ABD_WORDS = st.sampled_from(
    ["abdelhamid", "abd al-hamid", "abdulrahman", "hamid", "rahman", "abdullah", "abu bakr"]
)


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(WORD, ABD_WORDS), min_size=1, max_size=4),
    st.lists(st.one_of(WORD, ABD_WORDS), min_size=1, max_size=6),
    st.booleans(),
    st.booleans(),
)
def test_token_options_is_the_python_loop(q_words, n_words, cross, warm):
    # the ranker's token pairs: the same options (order, values, objects' values) and the same
    # memo afterwards, from a cold memo or one a previous name filled
    q, n = tuple(_tokens(q_words)), tuple(_tokens(n_words))
    if not q or not n:
        return
    compiled_memo: dict = {}
    python_memo: dict = {}
    if warm:  # a memo the neighbour search or an earlier name wrote (other tokens' values)
        for memo in (compiled_memo, python_memo):
            score_module._token_options(q, n[::-1], cross, memo)
    compiled = score_module._token_options(q, n, cross, compiled_memo)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(score_module, "_OPTIONS_KERNEL", None)
        if warm:
            python_memo.clear()
            score_module._token_options(q, n[::-1], cross, python_memo)
        python = score_module._token_options(q, n, cross, python_memo)
    assert compiled == python
    assert compiled_memo == python_memo
    assert list(compiled_memo) == list(python_memo)  # written in the same order


def test_token_options_by_hand():
    # an Abd compound's head lifts a bare part; Abu pairs only with Abu; far keys pair nothing
    q = tuple(_tokens(["hamid", "abu", "salem"]))
    n = tuple(_tokens(["abd al-hamid", "abu", "khalifa"]))
    memo: dict = {}
    got = score_module._token_options(q, n, False, memo)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(score_module, "_OPTIONS_KERNEL", None)
        assert got == score_module._token_options(q, n, False, {})
    assert [(qi, ni) for qi, ni, _s, _h in got] == [(0, 0), (1, 1)]
    assert got[0][3] == "head"
