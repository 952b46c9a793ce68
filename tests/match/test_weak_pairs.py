"""A weak same-script token pair counts for less than its similarity between long names."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import normx.match.score as score_module
from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import WEAK_PAIR_KNEE, pair_evidence, score_tokens
from normx.text.normalize import analyse_name, core_tokens

SIMS = st.floats(0.0, 1.0)
CHANCES = st.integers(1, 30)


@settings(max_examples=300, deadline=None)
@given(SIMS, SIMS, CHANCES, CHANCES, st.booleans())
def test_evidence_never_exceeds_the_similarity_and_grows_with_it(a, b, c, d, cross):
    lo, hi = sorted((a, b))
    few, many = sorted((c, d))
    e = pair_evidence(lo, few, cross_script=cross)
    assert 0.0 <= e <= lo  # so bounds made of raw similarities stay bounds
    assert e <= pair_evidence(hi, few, cross_script=cross)  # the alignment order is kept
    assert pair_evidence(lo, many, cross_script=cross) <= e  # more chances, less evidence


@pytest.mark.parametrize("sim", [WEAK_PAIR_KNEE, 0.95, 1.0])
def test_a_strong_pair_counts_as_its_similarity(sim):
    assert pair_evidence(sim, 12, cross_script=False) == sim


def test_a_weak_pair_counts_less_only_with_other_chances_and_within_one_script():
    assert pair_evidence(0.72, 9, cross_script=False) < 0.72 - 0.1
    assert pair_evidence(0.72, 1, cross_script=False) == 0.72  # one word against one word
    assert pair_evidence(0.72, 9, cross_script=True) == 0.72  # right cross pairs are this low


def _core(text: str):
    return core_tokens(analyse_name(text))


def test_a_one_word_place_keeps_its_score(monkeypatch):
    q, n = _core("Vaddan"), _core("Waddan")
    with_knee = score_tokens(q, n, cross_script=False).score
    monkeypatch.setattr(score_module, "WEAK_PAIR_SLOPE", 0.0)
    assert score_tokens(q, n, cross_script=False).score == with_knee
    assert with_knee > 0.75


def test_two_exact_parts_beat_a_strong_and_a_weak_chance_pair():
    # Humam ~ Hammi (0.72) is a chance pair between two different names; the first name
    # shares two parts exactly and misses only the last one
    nz = Normalizer.from_records(
        [
            Record("per:humam", "PER", "Humam Abd-al-Khaliq Abd-al-Ghafur", None),
            Record("per:rachid", "PER", "Rachid Bahriye Al-Hammi", None),
        ]
    )
    found = nz.match("Humam 'Abd-al-Khaliq Rashid", min_score=0.0)
    assert [c.id for c in found] == ["per:humam", "per:rachid"]


def test_the_weak_pair_still_lowers_a_long_name_less_than_leaving_it_out():
    # a weak pair is weak evidence, not evidence against: better than no pair at all
    q = _core("Kamal Hassan Abdallah")
    weak = score_tokens(q, _core("Jamal Hassan Abdallah"), cross_script=False, person=True)
    none = score_tokens(q, _core("Hassan Abdallah"), cross_script=False, person=True)
    assert weak.precision > none.precision


WEAK_PARTS = ["humam", "hammi", "rashid", "rachid", "kamal", "jamal", "mustafa", "abdallah",
              "ermias", "ramsey", "sultan", "tikriti", "al-ghafur", "bahriye"]  # fmt: skip
WEAK_NZ = Normalizer.from_records(
    [
        Record(f"per:{i}", "PER", " ".join(p.title() for p in parts), None)
        for i, parts in enumerate(
            [
                ("humam", "abd-al-khaliq", "al-ghafur"),
                ("rachid", "bahriye", "al-hammi"),
                ("kamal", "mustafa", "abdallah"),
                ("jamal", "mustafa", "abdallah", "sultan", "al-tikriti"),
                ("ramsey", "hamato", "al-gharbi"),
                ("ermias", "alem"),
            ]
        )
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WEAK_PARTS), min_size=1, max_size=4))
def test_the_index_finds_what_brute_force_finds_among_weak_pairs(parts):
    from normx.match.matcher import BruteForceMatcher, Matcher

    query = " ".join(parts)
    for floor in (0.0, 0.5, 0.75):
        brute = BruteForceMatcher(WEAK_NZ.index).match(query, top=3, min_score=floor)
        fast = Matcher(WEAK_NZ.index).match(query, top=3, min_score=floor)
        # brute force also lists names that share nothing (score 0): the index never meets them
        assert [(c.id, round(c.score, 6)) for c in fast] == [
            (c.id, round(c.score, 6)) for c in brute if c.score > 0
        ]
