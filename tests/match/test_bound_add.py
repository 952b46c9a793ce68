"""The compiled step of the candidate bounds (``bound_add`` in normx/_kernels.c) is the numpy
step of ``Matcher._bounds``: the same names in the same order and the same bounds, bit for
bit, for any query (the cuts, lifting only names already found, the chain's query ends and
joins in play). Skipped when the kernel is not built."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.match import kernels
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import Matcher, _Query
from tests.match.test_kernels import ARABIC_PARTS, LATIN, PARTS, _records

needs_kernel = pytest.mark.skipif(not kernels.COMPILED, reason="compiled kernel not in use")

QUERY = st.one_of(
    st.lists(st.sampled_from(PARTS), min_size=1, max_size=4).map(" ".join),
    st.lists(st.sampled_from(sorted(ARABIC_PARTS.values())), min_size=1, max_size=3).map(" ".join),
    st.lists(LATIN, min_size=1, max_size=3).map(" ".join),
)


def _bounds(matcher: Matcher, text: str, min_score: float, joins: bool):
    """candidate_names' neighbours and Matcher._bounds for one query."""
    query = _Query(text)
    query.joins = joins
    neighbours = []
    for qi, tok in enumerate(query.core):
        near = True
        _scored, size = matcher._sized_neighbours(query, qi, tok, near=True)
        if matcher.complete or size < matcher_module.FEW_POSTINGS:
            near = False
            _scored, size = matcher._sized_neighbours(query, qi, tok, near=False)
        neighbours.append((size, qi, tok, near))
    neighbours.sort(key=lambda n: n[0])
    return matcher._bounds(query, neighbours, min_score)


@needs_kernel
@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 200), min_size=1, max_size=4), min_size=5, max_size=40),
    st.lists(st.booleans(), min_size=40, max_size=40),
    st.lists(QUERY, min_size=1, max_size=5),
    st.sampled_from([0.0, 0.5, 0.78]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_the_compiled_step_is_the_numpy_step(
    draws, arabic, queries, min_score, cuts, joins, complete
):
    index = NameIndex.build(_records(draws, arabic[: len(draws)]))
    with pytest.MonkeyPatch.context() as patch:
        if cuts:  # lifting only names already found, on a small index
            patch.setattr(matcher_module, "FEW_POSTINGS", 2)
            patch.setattr(matcher_module, "COMMON_POSTINGS", 3)
            patch.setattr(matcher_module, "PREFILTER", 4)
        compiled = Matcher(index, complete=complete)
        python = Matcher(index, complete=complete)
        for text in queries:  # in a row: the scratch arrays are left clean for the next one
            got = _bounds(compiled, text, min_score, joins)
            with pytest.MonkeyPatch.context() as pure:
                pure.setattr(matcher_module, "KERNEL", None)
                want = _bounds(python, text, min_score, joins)
            assert got[0].tolist() == want[0].tolist()
            assert got[1].tobytes() == want[1].tobytes()  # the same floats, bit for bit
        assert not compiled._acc.any() and not compiled._found.any()
        assert not compiled._ends.any()


def _arrays(n: int):
    return (
        np.zeros(n, np.float64),
        np.zeros(n, np.bool_),
        np.zeros(n, np.intc),
        np.zeros(n, np.uint8),
    )


@needs_kernel
def test_bound_add_by_hand():
    add = kernels.module.bound_add
    acc, found, reached, ends = _arrays(6)
    table = np.array([0.9, 0.75], np.float64)
    # a first token finds names 4 and 1 (in that order), one of them closely: a query end
    count = add(np.array([4, 1], np.intc), np.array([0, 1], np.uint8), table, 2.0, acc, found,
                reached, 0, False, ends, 0.8)  # fmt: skip
    assert count == 2 and reached[:2].tolist() == [4, 1]
    assert acc.tolist() == [0, 1.5, 0, 0, 1.8, 0] and ends.tolist() == [0, 0, 0, 0, 1, 0]
    # a common token only lifts names already found: 1 and 4, not 2 (int32 codes)
    count = add(np.array([1, 2, 4], np.intc), np.array([1, 0, 1], np.int32), table, 1.0, acc,
                found, reached, count, True, ends, -1.0)  # fmt: skip
    assert count == 2 and found.tolist() == [False, True, False, False, True, False]
    assert acc.tolist() == [0, 1.5 + 0.75, 0, 0, 1.8 + 0.75, 0]


@needs_kernel
def test_bound_add_writes_nothing_on_bad_input():
    add = kernels.module.bound_add
    acc, found, reached, ends = _arrays(3)
    table = np.array([0.9], np.float64)
    with pytest.raises(IndexError):  # a name beyond the index: checked before any write
        add(np.array([0, 5], np.intc), np.zeros(2, np.uint8), table, 1.0, acc, found, reached,
            0, False, ends, -1.0)  # fmt: skip
    with pytest.raises(IndexError):  # a form code beyond the similarities
        add(np.array([0], np.intc), np.array([3], np.uint8), table, 1.0, acc, found, reached,
            0, False, ends, -1.0)  # fmt: skip
    with pytest.raises(ValueError):  # more new names than reached has room for
        add(np.array([0, 1], np.intc), np.zeros(2, np.uint8), table, 1.0, acc, found, reached,
            2, False, ends, -1.0)  # fmt: skip
    with pytest.raises(TypeError):  # found over another number of names than acc
        add(np.array([0], np.intc), np.zeros(1, np.uint8), table, 1.0, acc, found[:2],
            reached, 0, False, ends, -1.0)  # fmt: skip
    assert not acc.any() and not found.any() and not reached.any() and not ends.any()


@needs_kernel
def test_the_query_ends_a_short_form_needs():
    # a three-part person query: a name that is a short form of it (both ends, closely) is
    # bounded with the chain's smaller denominator, the others with the usual one
    from normx.gazetteer.schema import Record
    from normx.match.score import max_query_weight_forgiven

    records = [
        Record("p1", "PER", "Khaled Haftar"),
        Record("p2", "PER", "Khaled Salem Haftar"),
        Record("p3", "PER", "Khaled Mishri"),
        Record("p4", "PER", "Salem Haftar"),
        Record("p5", "PER", "Khalid Hifter"),
        Record("p6", "PER", "Khalaf Haftar"),  # khalaf / khaled: a pair, not a close one
        Record("p7", "PER", "Khaled Salem Gaddafi"),
    ]
    index = NameIndex.build(records)
    query = _Query("Khaled Salem Haftar")
    weigh = index.weights
    assert max_query_weight_forgiven(query.core, weigh) > max_query_weight_forgiven(
        query.core, weigh, chain=False
    )  # the chain is in play
    for text in (
        "Khaled Salem Haftar",
        "Khalid Salim Hifter",
        "Salem Khaled Haftar",
        "Khaled Ali Haftar",
    ):
        got = _bounds(Matcher(index), text, 0.0, False)
        with pytest.MonkeyPatch.context() as pure:
            pure.setattr(matcher_module, "KERNEL", None)
            want = _bounds(Matcher(index), text, 0.0, False)
        assert got[0].tolist() == want[0].tolist()
        assert got[1].tobytes() == want[1].tobytes()
