"""``bound_lift`` (normx/_kernels.c): a token that only lifts the names already found, the
first time, without listing its names: the same sums, bit for bit, as ``bound_add`` over the
listed names (each found name once, through its best form), and the token is listed when it
lifts again. Skipped when the kernel is not built."""

import numpy as np
import pytest

from normx.gazetteer.schema import Record
from normx.match import kernels
from normx.match import matcher as matcher_module
from normx.match.index import NameIndex
from normx.match.matcher import Matcher
from tests.match.test_bound_add import _bounds

needs_kernel = pytest.mark.skipif(not kernels.COMPILED, reason="compiled kernel not in use")


def _scratch(n: int):
    return (
        np.zeros(n, np.float64),  # acc
        np.zeros(n, np.bool_),  # found
        np.zeros(n, np.int32),  # marks
        np.zeros(n, np.int32),  # listed
        np.zeros(n, np.uint8),  # ends
    )


@needs_kernel
def test_bound_lift_by_hand_is_bound_add_over_the_listed_names():
    lift, add = kernels.module.bound_lift, kernels.module.bound_add
    ids = np.array([1, 3, 5, 0, 3, 4, 5, 2, 4], np.intc)
    slices = [(0, 3), (3, 7), (7, 9)]  # three forms, best first; 3, 4 and 5 in two of them
    table = np.array([0.95, 0.8, 0.7], np.float64)
    acc, found, marks, listed, ends = _scratch(6)
    found[[0, 3, 4]] = True
    acc[[0, 3, 4]] = [0.5, 0.25, 0.125]
    lift(ids, slices, table, 1.5, acc, found, marks, listed, ends, 0.9)
    # 3 through its best form (0.95, a close end), 0 and 4 through the second; 1, 2, 5 not found
    assert acc.tolist() == [0.5 + 1.5 * 0.8, 0, 0, 0.25 + 1.5 * 0.95, 0.125 + 1.5 * 0.8, 0]
    assert ends.tolist() == [0, 0, 0, 1, 0, 0]
    assert not marks.any()
    # bound_add over the same names listed (distinct, ascending, each with its first form)
    acc2, found2, _, _, ends2 = _scratch(6)
    found2[[0, 3, 4]] = True
    acc2[[0, 3, 4]] = [0.5, 0.25, 0.125]
    names = np.array([0, 1, 2, 3, 4, 5], np.intc)
    codes = np.array([1, 0, 2, 0, 1, 0], np.uint8)
    reached = np.zeros(6, np.intc)
    add(names, codes, table, 1.5, acc2, found2, reached, 3, True, ends2, 0.9)
    assert acc.tobytes() == acc2.tobytes() and ends.tolist() == ends2.tolist()


@needs_kernel
def test_bound_lift_on_bad_input():
    lift = kernels.module.bound_lift
    ids = np.array([0, 1, 9], np.intc)
    table = np.array([0.9, 0.8], np.float64)
    acc, found, marks, listed, ends = _scratch(3)
    found[:] = True
    with pytest.raises(IndexError):  # a slice beyond the postings: nothing written
        lift(ids, [(0, 1), (1, 5)], table, 1.0, acc, found, marks, listed, ends, -1.0)
    assert not acc.any()
    with pytest.raises(IndexError):  # more slices than similarities
        lift(ids, [(0, 1), (1, 2), (2, 2)], table, 1.0, acc, found, marks, listed, ends, -1.0)
    with pytest.raises(IndexError):  # a name beyond the index: stopped, marks zeroed again
        lift(ids, [(0, 2), (2, 3)], table, 1.0, acc, found, marks, listed, ends, -1.0)
    assert not marks.any()
    with pytest.raises(TypeError):  # marks over another number of names
        lift(ids, [(0, 1)], table, 1.0, acc, found, marks[:2], listed, ends, -1.0)


@needs_kernel
def test_a_lifting_token_is_listed_when_it_lifts_again():
    parts = ["Khaled", "Khalid", "Khalil", "Salem", "Salim", "Haftar", "Hifter", "Mishri"]
    records = [
        Record(f"p{i}", "PER", f"{parts[i % 3]} {parts[3 + i % 2]} {parts[5 + i % 3]}")
        for i in range(30)
    ]
    index = NameIndex.build(records)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher_module, "COMMON_POSTINGS", 3)
        patch.setattr(matcher_module, "PREFILTER", 2)
        compiled, python = Matcher(index), Matcher(index)
        results = []
        for _ in range(3):
            got = _bounds(compiled, "Khaled Salem Haftar", 0.0, False)
            with pytest.MonkeyPatch.context() as pure:
                pure.setattr(matcher_module, "KERNEL", None)
                want = _bounds(python, "Khaled Salem Haftar", 0.0, False)
            assert got[0].tolist() == want[0].tolist()
            assert got[1].tobytes() == want[1].tobytes()
            results.append(got[1].tobytes())
            if len(results) == 1:  # some token lifted without being listed
                once = set(compiled._lifted_once)
                assert once and not once & set(compiled._postings_of)
        assert once <= set(compiled._postings_of)  # listed when they lifted again
        assert len(set(results)) == 1
        assert compiled._marks is not None and not compiled._marks.any()
