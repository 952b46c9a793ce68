"""The isolation rule (normx.match.calibration), on hand-written gazetteers.

The rule is on only in gazetteers of ISOLATION_MIN_ENTITIES entities or more; these tests
lower that size to their own gazetteers' (a small gazetteer shows the same scores as the
eval's 40,000 persons, give or take the token weights).
"""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match import calibration
from normx.match.candidate import Candidate
from normx.match.score import NO_MATCH_THRESHOLD

# a long Latin alias against a short Arabic name: right, scored under the threshold
HUTHI = Record("per:huthi", "PER", None, "عبدالخالق الحوثي")
OTHERS = [
    Record("per:haftar", "PER", "Khalifa Haftar", "خليفة حفتر"),
    Record("per:sarraj", "PER", "Fayez al-Sarraj", "فايز السراج"),
]
# two brothers' chains that differ in the first part only: a third brother's name (absent
# from the gazetteer) scores the same against both
BROTHERS = [
    Record("per:saad-tikriti", "PER", None, "سعد سبعاوي إبراهيم حسن التكريتي"),
    Record("per:omar-tikriti", "PER", None, "عمر سبعاوي إبراهيم حسن التكريتي"),
]
LONG_ALIAS = "Abdul Khaliq Badreddin Al-Houthi"
THIRD_BROTHER = "Ayman Sabawi Ibrahim Hasan al-Tikriti"


@pytest.fixture
def large(monkeypatch):
    """Every gazetteer counts as large enough for the rule."""
    monkeypatch.setattr(calibration, "ISOLATION_MIN_ENTITIES", 1)


@pytest.fixture(scope="module")
def nz():
    return Normalizer.from_records([HUTHI, *OTHERS, *BROTHERS])


def test_a_right_answer_far_ahead_of_every_other_entity_is_lifted(nz, large):
    (raw,) = nz.match(LONG_ALIAS, top=1, min_score=0.0, explain=True)
    assert raw.id == "per:huthi"
    found = nz.match(LONG_ALIAS, explain=True)  # the default threshold
    assert [c.id for c in found] == ["per:huthi"]
    assert NO_MATCH_THRESHOLD <= found[0].score < NO_MATCH_THRESHOLD + calibration.ISOLATION_SPAN
    assert found[0].explain["isolation"]["raw"] < NO_MATCH_THRESHOLD
    assert found[0].explain["score"] == round(found[0].score, 4)


def test_a_small_gazetteer_lifts_nothing(nz):
    # the default size: the hand-written gazetteer is far too small for a lone candidate to
    # be evidence, so the long alias stays under the threshold as its raw score says
    (raw,) = nz.match(LONG_ALIAS, top=1, min_score=0.0)
    assert calibration.ISOLATION_RULES["cross-script"][0] <= raw.score < NO_MATCH_THRESHOLD
    assert nz.match(LONG_ALIAS) == []


def test_namesakes_within_the_margin_are_not_lifted(nz, large):
    # the absent brother's name reaches both brothers alike: no lead, no lift
    loose = nz.match(THIRD_BROTHER, top=2, min_score=0.0)
    assert {c.id for c in loose} == {"per:saad-tikriti", "per:omar-tikriti"}
    assert loose[0].score - loose[1].score < calibration.ISOLATION_RULES["cross-script"][1]
    assert nz.match(THIRD_BROTHER) == []


def test_a_best_answer_under_the_band_is_not_lifted(nz, large):
    # far ahead of everything but too unlike any name: not a name of the gazetteer
    (raw,) = nz.match("Khalifa Belqasim Hamad", top=1, min_score=0.0)
    assert raw.score < calibration.ISOLATION_RULES["cross-script"][0]
    assert nz.match("Khalifa Belqasim Hamad") == []


def test_the_lift_keeps_raw_order_and_stays_under_exact_caps():
    assert calibration.lifted(0.72, 0.72) == NO_MATCH_THRESHOLD
    assert calibration.lifted(0.73, 0.72) < calibration.lifted(0.74, 0.72) < 0.77
    assert calibration.lifted(0.749, 0.72) < 0.78  # SINGLE_TOKEN_EXACT: a bare exact surname


def test_same_script_answers_are_not_lifted(large):
    # a Latin alias against a Latin name, as far ahead as the Arabic one: no rule, no lift
    latin = Normalizer.from_records([Record("per:huthi", "PER", "Abd al-Khaliq al-Huthi"), *OTHERS])
    (raw,) = latin.match("Abdul Khaliq Badreddin Al-Houthi Yahya", top=1, min_score=0.0)
    assert raw.method != "cross-script" and raw.score < NO_MATCH_THRESHOLD
    assert latin.match("Abdul Khaliq Badreddin Al-Houthi Yahya") == []


def test_isolate_reads_an_unlisted_runner_up_as_below_the_floor():
    best = Candidate("per:a", "A", "PER", 0.73, "A", "cross-script")
    assert calibration.isolate([best], complete_to=0.5) is not None
    assert calibration.isolate([best], complete_to=0.6) is None  # 0.13 ahead only
    close = Candidate("per:b", "B", "PER", 0.65, "B", "cross-script")
    assert calibration.isolate([best, close], complete_to=0.0) is None


def test_min_score_above_the_lift_still_filters(nz, large):
    assert nz.match(LONG_ALIAS, min_score=0.9) == []


def test_a_two_part_query_is_not_lifted(large):
    # a given and a family name far ahead of everything else: when its person is missing, a
    # namesake with a longer name is found alone, so two parts are no evidence of isolation
    gaz = Normalizer.from_records(
        [Record("per:dehlvi", "PER", None, "سليمان علي الدهلوي"), *OTHERS]
    )
    (raw,) = gaz.match("Souleymen Al-Dehlvi", top=2, min_score=0.0)
    assert calibration.ISOLATION_RULES["cross-script"][0] <= raw.score < NO_MATCH_THRESHOLD
    assert gaz.match("Souleymen Al-Dehlvi") == []
