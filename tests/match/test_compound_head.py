"""A name part against an Abd compound it is the head of (Hamid / Abd al-Hamid): the index files
the compound's names under the head, and the scorer pairs the two at a discount
(normx.match.score.HEAD_FACTOR), so the short form finds the compound without passing for it."""

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.match.matcher import BruteForceMatcher, Matcher
from normx.match.score import HEAD_FACTOR, compound_head, score_tokens
from normx.text.normalize import analyse_name, core_tokens


def _core(text: str):
    return core_tokens(analyse_name(text))


@pytest.mark.parametrize(
    "text,head",
    [("Abd al-Hamid", "hamid"), ("Abdelrahman", "rahman"), ("عبدالحميد", "hmid")],
)
def test_the_head_of_a_compound(text, head):
    (tok,) = _core(text)
    found = compound_head(tok)
    assert found is not None and found.form == head


@pytest.mark.parametrize("text", ["Abdullah", "Abd Allah", "Hamid", "Abu Bakr"])
def test_no_head(text):
    assert all(compound_head(t) is None for t in _core(text))


def test_the_head_pairs_at_a_discount():
    q, n = _core("Hamid Masli"), _core("Abd al-Hamid al-Masli")
    pairs = {(p.qi, p.ni): p for p in score_tokens(q, n, cross_script=False).pairs}
    assert pairs[(0, 0)].how == "head"
    assert pairs[(0, 0)].sim == pytest.approx(HEAD_FACTOR)
    # the compound written out beats its head alone, and the head alone is still evidence
    whole = score_tokens(_core("Abd al-Hamid Masli"), n, cross_script=False).score
    short = score_tokens(q, n, cross_script=False).score
    other = score_tokens(q, _core("Ahmed Masal al-Shawa"), cross_script=False).score
    assert whole > short > other


RECORDS = [
    Record("per:masli", "PER", "Abd-al-Hamid al-Masli", "عبدالحميد المصلي"),
    Record("per:shawa", "PER", "Ahmed Masal Al Shawa"),
    Record("per:hamid", "PER", "Hamid Karzai"),
    Record("per:garaad", "PER", "Mohamed Abdi Garaad"),
    Record("per:karate", "PER", "Mahad Karate"),
]


@pytest.mark.parametrize(
    "query,gold",
    [("Hamid Masli", "per:masli"), ("Mohamed Garad", "per:garaad"), ("Hamid Karzai", "per:hamid")],
)
def test_the_short_form_finds_the_compound(query, gold):
    index = NameIndex.build(RECORDS)
    (top, *_) = Matcher(index).match(query, min_score=0.0)
    assert top.id == gold
    brute = BruteForceMatcher(index).match(query, min_score=0.0)
    fast = Matcher(index, complete=True).match(query, min_score=0.0)
    assert [(c.id, c.score) for c in fast if c.score > 0] == [
        (c.id, c.score) for c in brute if c.score > 0
    ]


def test_head_filings_do_not_weigh_the_head():
    # Abd al-Hamid does not make Hamid a commoner name part
    plain = NameIndex.build([Record(f"per:{i}", "PER", f"Hamid X{i}") for i in range(3)])
    more = NameIndex.build(
        [Record(f"per:{i}", "PER", f"Hamid X{i}") for i in range(3)]
        + [Record(f"per:c{i}", "PER", f"Abd al-Hamid Y{i}") for i in range(50)]
    )
    (tok,) = _core("Hamid")
    assert more.head_only["hamid"] == 50
    assert more.weights.informativeness(tok.key) == plain.weights.informativeness(tok.key)
