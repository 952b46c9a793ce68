"""Machine-translated names of bodies reach the body through its Arabic name, and only then."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.match.index import NameIndex
from normx.match.score import NO_MATCH_THRESHOLD
from normx.mt.gloss import GlossMatcher, merge_candidates, score_glossed

UN = Record("org:un", "ORG", "United Nations", "الأمم المتحدة")


def top_id(matcher: GlossMatcher, phrase: str) -> str | None:
    found = matcher.match(phrase)
    return found[0].id if found else None


@pytest.mark.parametrize(
    "phrase,expected",
    [
        ("reconciliation government", "org:gna"),
        ("Accord Government", "org:gna"),
        ("Al-Wefaq government", "org:gna"),  # transliterated word MT left in Latin
        ("Government of National Accord", "org:gna"),
        ("Government of National Accord forces", "org:gna"),  # head noun the name lacks
        ("Al-Wefaq Forces", "org:gna"),
        ("Accord forces", "org:gna"),
        ("National Unity Government", "org:gnu"),
        ("Supreme Council of State", "org:hcs"),  # Arabic genitive order differs
        ("State Council", "org:hcs"),  # الأعلى left out: a weak adjective
        ("High State Council", "org:hcs"),
        ("Tobruk Parliament", "org:hor"),  # metonymy: the seat's name the body's name lacks
        ("House of Representatives", "org:hor"),
        ("Presidential Council", "org:pc"),
        ("Supreme Security Committee", "org:ssc"),
        ("Joint Military Committee", "org:jmc"),  # committee ~ commission, "5+5" weak
        ("Libyan Joint Military Committee", "org:jmc"),  # nationality modifier
        ("Sirte and Jufrah Operations Room", "org:opsroom"),  # places from the gazetteer
        ("UN mission in Libya", "org:unsmil"),
        ("Tripoli Protection Force", "org:tpf"),
        ("National Oil Corporation", "org:noc"),
        ("Wefaq", "org:gna"),  # one transliterated word is a name on its own
    ],
)
def test_gloss_match_reaches_the_body(matcher: GlossMatcher, phrase: str, expected: str) -> None:
    found = matcher.match(phrase)
    assert found, phrase
    assert found[0].id == expected
    assert found[0].score >= NO_MATCH_THRESHOLD
    assert found[0].method == "gloss"


@pytest.mark.parametrize(
    "phrase",
    [
        "the Chamber",  # generic words only
        "government",
        "the council",
        "Parliament",  # every country has one: generic on its own
        "Turkish forces",  # nothing of the phrase but modifier and head noun
        "Accord",  # one ordinary word: capped below the threshold
        "Tripoli government",  # only generic words and a place: GNA or GNU?
        "Benghazi Defense Brigades",
        "Wagner",
    ],
)
def test_gloss_match_refuses_weak_evidence(matcher: GlossMatcher, phrase: str) -> None:
    assert matcher.match(phrase) == []


@pytest.mark.parametrize(
    "junk", [None, "", "   ", "🙂🙂", "of the", "---", "x" * 10_000, "government " * 2000, 42]
)
def test_gloss_match_junk_gives_nothing(matcher: GlossMatcher, junk: object) -> None:
    assert matcher.match(junk) == []  # type: ignore[arg-type]


def test_gloss_match_unity_and_accord_stay_apart(matcher: GlossMatcher) -> None:
    scores = {c.id: c.score for c in matcher.match("National Unity Government", min_score=0.0)}
    assert scores["org:gnu"] >= NO_MATCH_THRESHOLD > scores["org:gna"]
    scores = {c.id: c.score for c in matcher.match("Accord Government", min_score=0.0)}
    assert scores["org:gna"] >= NO_MATCH_THRESHOLD > scores["org:gnu"]


def test_gloss_match_place_of_another_body_does_not_win(decoy_matcher: GlossMatcher) -> None:
    found = decoy_matcher.match("Tripoli Protection Force", min_score=0.0)
    assert found[0].id == "org:tpf"
    other = next(c for c in found if c.id == "org:test-sirte-protection-force")
    assert other.score < NO_MATCH_THRESHOLD  # two different towns: a conflict, not a modifier
    assert decoy_matcher.match("Sirte Protection Force")[0].id == "org:test-sirte-protection-force"


def test_gloss_match_head_noun_costs_a_little(matcher: GlossMatcher) -> None:
    bare = matcher.match("Accord Government")[0].score
    forces = matcher.match("Accord Government forces")[0].score
    assert bare - 0.1 < forces < bare


def test_gloss_match_leaves_untranslated_phrases_to_spelling(matcher: GlossMatcher) -> None:
    assert matcher.match("Sirte") == []  # a place alone: the spelling matcher's job
    assert matcher.match("Tripoli Jufrah") == []
    assert matcher.match("Sirte Operations Room")[0].id == "org:opsroom"


def test_gloss_match_type_filter(matcher: GlossMatcher) -> None:
    assert matcher.match("Tobruk Parliament", type="LOC") == []
    assert matcher.match("State Council", type="ORG")[0].id == "org:hcs"
    assert matcher.match("State Council", type="LOC") == []


def test_gloss_match_explains_its_words(matcher: GlossMatcher) -> None:
    best = matcher.match("Tobruk Parliament", explain=True)[0]
    assert best.matched == "مجلس النواب"
    explain = best.explain
    assert "طبرق" in explain["glosses"]["tobruk"]
    assert "مجلس النواب" in explain["glosses"]["parliament"]
    assert explain["gloss_kinds"] == {"tobruk": "place", "parliament": "lexicon"}
    assert explain["unmatched"]["english"] == ["tobruk"]
    assert explain["unmatched"]["arabic"] == []
    assert any("tobruk" in c for c in explain["score components"]["costs"])
    assert matcher.match("Tobruk Parliament")[0].explain == {}  # the default, as in Matcher


def test_gloss_match_top_and_min_score(matcher: GlossMatcher) -> None:
    assert len(matcher.match("National Council", top=2, min_score=0.0)) == 2
    assert matcher.match("State Council", top=0) == []


def test_gloss_match_equals_scoring_every_name(matcher: GlossMatcher) -> None:
    """The inverted index finds every name that scores, as a scan of all names would."""
    phrases = [
        "State Council",
        "Accord forces",
        "Tobruk Parliament",
        "UN mission in Libya",
        "National Council",
        "Sirte and Jufrah Operations Room",
        "Joint Military Committee",
    ]
    for phrase in phrases:
        slots = matcher.gloss(phrase)
        best: dict[str, float] = {}
        for name in matcher.tables.names:
            result = score_glossed(slots, name, matcher.tables)
            rid = matcher.index.records[name.entity].id
            if result is not None:
                best[rid] = max(best.get(rid, 0.0), result.score)
        got = {c.id: c.score for c in matcher.match(phrase, top=100, min_score=0.0)}
        assert got == {rid: s for rid, s in best.items() if s > 0.0}, phrase


def test_gloss_tables_are_built_once_per_index(matcher: GlossMatcher) -> None:
    assert GlossMatcher(matcher.index).tables is matcher.tables


def test_gloss_match_leaves_arabic_script_to_the_spelling_matcher(matcher: GlossMatcher) -> None:
    assert matcher.match("حكومة الوفاق الوطني") == []
    assert matcher.gloss("مجلس النواب") == ()


def test_gloss_match_on_an_empty_gazetteer() -> None:
    assert GlossMatcher(NameIndex.build(())).match("Accord Government") == []


def test_gloss_match_multiword_lexicon_phrase_alone(index: NameIndex) -> None:
    matcher = GlossMatcher(NameIndex.build((*index.records, UN)))
    assert matcher.match("United Nations Mission")[0].id == "org:unsmil"  # Libya: a weak word
    assert matcher.match("United Nations")[0].id == "org:un"  # not capped as a single word
    assert matcher.match("UN")[0].id == "org:un"


def test_gloss_match_name_with_more_distinctive_words_is_another_body(
    matcher: GlossMatcher,
) -> None:
    assert matcher.match("Operations Room") == []  # which town's room?
    assert matcher.match("Sirte Operations Room")[0].id == "org:opsroom"


def test_gloss_match_nationality_conflict(index: NameIndex) -> None:
    lna = Record("org:lna", "ORG", "Libyan National Army", "الجيش الوطني الليبي")
    matcher = GlossMatcher(NameIndex.build((*index.records, lna)))
    assert matcher.match("National Army")[0].id == "org:lna"
    assert matcher.match("Turkish Army") == []  # Turkish is not Libyan


def test_gloss_match_head_noun_is_excused_only_for_bodies(index: NameIndex) -> None:
    person = Record("per:test-kani", "PER", None, "محمد الكاني")
    matcher = GlossMatcher(NameIndex.build((*index.records, person)))
    assert matcher.match("Kani militia") == []


def test_merge_candidates_keeps_the_better_score_per_entity() -> None:
    def cand(id_: str, score: float, method: str) -> Candidate:
        return Candidate(id_, id_, "ORG", score, id_, method)

    spelling = [cand("org:a", 0.8, "fuzzy"), cand("org:b", 0.9, "fuzzy")]
    glossed = [
        cand("org:a", 0.95, "gloss"),
        cand("org:b", 0.9, "gloss"),
        cand("org:c", 0.76, "gloss"),
    ]
    merged = merge_candidates(spelling, glossed, top=5)
    assert [(c.id, c.method) for c in merged] == [
        ("org:a", "gloss"),
        ("org:b", "fuzzy"),  # a tie: the spelling candidate stays
        ("org:c", "gloss"),
    ]
    assert len(merge_candidates(spelling, glossed, top=1)) == 1


def test_gloss_match_place_modifier_is_excused_only_for_bodies(index: NameIndex) -> None:
    village = Record("loc:test-rabta", "LOC", None, "الرابطة")
    league = Record("org:test-arab-league", "ORG", None, "الجامعة العربية")
    matcher = GlossMatcher(NameIndex.build((*index.records, village, league)))
    assert [c.id for c in matcher.match("Arab League")] == ["org:test-arab-league"]


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=60))
def test_gloss_match_any_text_gives_sane_candidates(matcher: GlossMatcher, text: str) -> None:
    for cand in matcher.match(text, min_score=0.0):
        assert 0.0 <= cand.score <= 1.0
        assert cand.method == "gloss"


WORDS = [
    "the",
    "of",
    "Al-",
    "government",
    "accord",
    "national",
    "unity",
    "council",
    "state",
    "supreme",
    "house",
    "representatives",
    "forces",
    "joint",
    "military",
    "committee",
    "Tobruk",
    "Sirte",
    "Jufrah",
    "operations",
    "room",
    "UN",
    "mission",
    "Libya",
    "Wefaq",
    "5",
    "protection",
    "force",
    "Tripoli",
    "Turkish",
    "parliament",
    "oil",
    "corporation",
    "xyzzy",
]


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(WORDS), max_size=7))
def test_gloss_match_word_salad_scores_stay_in_range(
    matcher: GlossMatcher, words: list[str]
) -> None:
    phrase = " ".join(words)
    found = matcher.match(phrase, min_score=0.0, top=20, explain=True)
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)
    assert all(0.0 <= c.score <= 1.0 and c.explain["glosses"] for c in found)
