"""Two name parts written as one word, or one written as two: joined token pairs."""

from hypothesis import given, settings
from hypothesis import strategies as st

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.joins import JOIN_FLOOR, find_joins, joined_token, merged
from normx.match.matcher import Matcher
from normx.match.score import NO_MATCH_THRESHOLD, score_tokens, score_tokens_above
from normx.text.normalize import analyse_name, core_tokens


def _core(name: str):
    return core_tokens(analyse_name(name))


def _score(query: str, name: str, *, cross_script: bool = False):
    return score_tokens(_core(query), _core(name), cross_script=cross_script, person=True)


def test_a_surname_split_in_two_matches_it_written_as_one():
    # Bach Agha alone pairs with nothing in Bashagha: only the joined form is the surname
    split = _score("Fathi Bach Agha", "Fathi Bashagha")
    assert split.score >= NO_MATCH_THRESHOLD
    assert "parts joined" in split.penalties
    joined = [p for p in split.pairs if p.how == "joined"]
    assert [(p.qi, p.ni) for p in joined] == [(1, 1)]  # reported at the first part, "Bach"
    # the same the other way round: the name splits what the query writes as one word
    other = _score("Fathi Bashagha", "Fathi Bach Agha")
    assert other.score >= NO_MATCH_THRESHOLD
    assert [(p.qi, p.ni) for p in other.pairs if p.how == "joined"] == [(1, 1)]


def test_arabic_words_run_together_match_the_latin_parts():
    # حسن ظاهرعويس: the UN list writes Dahir and Aweys without a space
    found = _score("Hassan Dahir Aweys", "حسن ظاهرعويس", cross_script=True)
    assert found.score >= NO_MATCH_THRESHOLD
    assert {(p.qi, p.ni, p.how) for p in found.pairs} >= {(1, 1, "joined")}


def test_a_join_costs_something_and_never_replaces_a_written_match():
    # the same name written with the space scores more than the joined reading of it
    spaced = _score("Fathi Bach Agha", "Fathi Bach Agha")
    joined = _score("Fathi Bach Agha", "Fathi Bachagha")
    assert joined.score < spaced.score
    assert "parts joined" not in spaced.penalties


def test_joined_parts_must_match_clearly():
    # Ali Hassan glued is close to nothing in "Alwan": no join is offered
    assert not find_joins(_core("Ali Hassan"), _core("Alwan"), cross_script=False, sims={})
    assert _score("Ahmed Ali Hassan", "Ahmed Alwan").score < NO_MATCH_THRESHOLD


def test_particles_are_not_joined():
    # Abu, al- and bin are the analyser's business (Bousahmein, Belhadj): never glued here
    q = _core("Abu Bakr")
    assert joined_token(q[0], q[1]).form == "abubakr"  # what a join would make of them
    assert not find_joins(q, _core("Abubakr Salem"), cross_script=False, sims={})


def test_merged_keeps_the_other_tokens_in_place():
    q = _core("Ali Bach Agha Salem")
    m = merged(q, 1)
    assert [t.form for t in m] == ["ali", "bachagha", "salem"]
    assert m[0] is q[0] and m[2] is q[3]


_CONSONANTS, _VOWELS = "bdfghklmnrstz", "aeiou"
_PART = st.builds(
    lambda c1, v1, c2, rest: c1 + v1 + c2 + rest,
    st.sampled_from(_CONSONANTS),
    st.sampled_from(_VOWELS),
    st.sampled_from(_CONSONANTS),
    st.text(alphabet=_CONSONANTS + _VOWELS, max_size=4),
)


@settings(max_examples=60, deadline=None)
@given(_PART, _PART, _PART)
def test_every_reported_join_is_at_least_the_floor_and_points_at_real_tokens(a, b, c):
    q = _core(f"{c} {a} {b}")
    n = _core(f"{c} {a}{b}")
    for join in find_joins(q, n, cross_script=False, sims={}):
        assert join.sim >= JOIN_FLOOR
        side, other = (q, n) if join.side == "query" else (n, q)
        assert 0 <= join.at < len(side) - 1 and 0 <= join.other < len(other)


@settings(max_examples=80, deadline=None)
@given(_PART, _PART, _PART, st.booleans(), st.sampled_from([0.3, 0.6, NO_MATCH_THRESHOLD, 0.9]))
def test_joined_scores_keep_pairs_valid_and_the_floor_shortcut_exact(a, b, c, flip, floor):
    q, n = _core(f"{c} {a} {b}"), _core(f"{c} {a}{b}")
    if flip:
        q, n = n, q
    result = score_tokens(q, n, cross_script=False, person=True)
    for p in result.pairs:
        assert 0 <= p.qi < len(q) and 0 <= p.ni < len(n)
    assert len({p.qi for p in result.pairs}) == len(result.pairs)
    assert len({p.ni for p in result.pairs}) == len(result.pairs)
    # score_tokens_above skips the alignment only for names certainly below the floor: a join
    # must not lift a name the bound of the names as written has given up on
    above = score_tokens_above(q, n, floor, cross_script=False, person=True)
    if above is None:
        assert result.score < floor
    else:
        assert above.score == result.score


def test_the_indexed_matcher_reaches_a_name_through_a_joined_query_pair():
    # no single query part pairs with ظاهرعويس, so only the joined pair's postings reach it
    # with a bound that lets it be scored; distractors share the given name and the Dahir part
    records = [
        Record("per:hassan-dahir-aweys", "PER", None, "حسن ظاهرعويس"),
        Record("per:hussein-al-tahir", "PER", None, "حسين ممنعة الطاهر"),
        Record("per:hassan-ali", "PER", None, "حسن طاهر علي"),
        Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا"),
    ]
    nz = Normalizer.from_records(records)
    found = Matcher(nz.index).match("Hassan Dahir Aweys", top=1, min_score=NO_MATCH_THRESHOLD)
    assert [c.id for c in found] == ["per:hassan-dahir-aweys"]
    bach = Matcher(nz.index).match("Fathi Bach Agha", top=1, min_score=NO_MATCH_THRESHOLD)
    assert [c.id for c in bach] == ["per:fathi-bashagha"]


def test_joins_are_a_second_pass_a_caller_may_skip():
    # with joins off, the split surname reaches nothing confident; a written match never
    # goes through the second pass, so it is the same either way
    records = [
        Record("per:fathi-bashagha", "PER", "Fathi Bashagha", "فتحي باشاغا"),
        Record("per:khalid-al-mishri", "PER", "Khalid al-Mishri", "خالد المشري"),
    ]
    nz = Normalizer.from_records(records)
    matcher = Matcher(nz.index)
    assert matcher.match("Fathi Bach Agha", top=1, joins=False) == []
    assert nz.match("Fathi Bach Agha", top=1, joins=False) == []
    assert [c.id for c in nz.match("Fathi Bach Agha", top=1)] == ["per:fathi-bashagha"]
    written = matcher.match("Khaled al-Mishri", top=1)
    assert written == matcher.match("Khaled al-Mishri", top=1, joins=False)
    assert [c.id for c in written] == ["per:khalid-al-mishri"]
