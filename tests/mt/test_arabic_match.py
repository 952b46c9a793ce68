"""Part-by-part matching of back-transliterated guesses against gazetteer Arabic names."""

from __future__ import annotations

import pytest

from normx.gazetteer.schema import Record
from normx.match.index import NameIndex
from normx.mt.arabic_match import (
    ArabicMatcher,
    arabic_matcher,
    disorder,
    name_words,
    part_guesses,
    rarity_weight,
)
from normx.mt.backtranslate import AGREEMENT_MIN, agree


def matcher(*records: Record) -> ArabicMatcher:
    return ArabicMatcher(NameIndex.build(records))


def ids(m: ArabicMatcher, found) -> list[str]:
    return [m.records[f.entity].id for f in found]


def test_name_words_drop_the_article_and_normalise():
    assert name_words("خالد المشري") == ["خالد", "مشري"]
    assert name_words("مصراتة") == ["مصراته"]


def test_each_part_may_be_right_in_a_different_guess():
    m = matcher(Record("per:aksen", "PER", None, "سرحات أكسن"))
    parts = [
        part_guesses([("سرهات", -0.4), ("سرحات", -1.0)]),  # second guess right
        part_guesses([("أكسن", -0.2), ("أكنز", -1.5)]),  # first guess right
    ]
    (found,) = m.match(parts)
    assert m.records[found.entity].id == "per:aksen"
    assert found.score > 0.9
    assert {guess for _, guess, _, _ in found.pairs} == {"سرحات", "اكسن"}
    assert found.query_coverage == 1.0 and found.name_coverage == 1.0


def test_one_part_may_pair_with_two_joined_words():
    m = matcher(Record("per:binalshibh", "PER", None, "رمزي بن الشيبة"))
    parts = [part_guesses([("رمزي", -0.1)]), part_guesses([("بنالشيبة", -0.3)])]
    (found,) = m.match(parts)
    assert found.name_coverage == 1.0  # بن and الشيبة both paired with the one part
    assert any(len(nu) == 2 for _, _, nu, _ in found.pairs)


def test_words_in_the_query_order_win_over_the_same_words_reversed():
    m = matcher(
        Record("per:a", "PER", None, "فواز خالد"),
        Record("per:b", "PER", None, "خالد الفواز"),
    )
    parts = [part_guesses([("خالد", -0.1)]), part_guesses([("الفواز", -0.1)])]
    assert ids(m, m.match(parts)) == ["per:b", "per:a"]


def test_disorder_forgives_a_rotation_less_than_the_right_order():
    in_order = (((0,), "x", (0,), 1.0), ((1,), "y", (1,), 1.0))
    rotated = (((0,), "x", (1,), 1.0), ((1,), "y", (0,), 1.0))
    assert disorder(in_order) == 0.0
    assert 0.0 < disorder(rotated) < 0.1


def test_a_rare_word_counts_more_than_a_common_one():
    assert rarity_weight(1, 1000) == 1.0
    assert rarity_weight(900, 1000) < rarity_weight(3, 1000) < 1.0
    common = [Record(f"per:m{i}", "PER", None, f"محمد {w}") for i, w in enumerate("بدر نور سعد")]
    m = matcher(*common, Record("per:k", "PER", None, "كمال زيدان"))
    # one common word (محمد) against one rare word (زيدان): the rare one decides
    parts = [part_guesses([("محمد", -0.1)]), part_guesses([("زيدان", -0.1)])]
    assert ids(m, m.match(parts))[0] == "per:k"


def test_type_filter_and_min_score():
    m = matcher(Record("loc:sirte", "LOC", None, "سرت"), Record("per:x", "PER", None, "سرت"))
    parts = [part_guesses([("سرت", -0.1)])]
    assert ids(m, m.match(parts, type="LOC")) == ["loc:sirte"]
    assert m.match([part_guesses([("زززز", -0.1)])], min_score=0.5) == []
    assert m.match([]) == []


def test_the_matcher_of_an_index_is_built_once():
    index = NameIndex.build([Record("loc:sirte", "LOC", None, "سرت")])
    assert arabic_matcher(index) is arabic_matcher(index)


def test_agreement_lifts_an_entity_both_sides_reach():
    assert agree(0.8, 0.8) == pytest.approx(0.8 + 0.5 * 0.8 * 0.2)
    assert agree(0.8, 0.0) == 0.8
    # evidence too weak to explain the query adds nothing
    assert agree(0.8, AGREEMENT_MIN - 0.01) == 0.8


def test_a_query_that_starts_at_the_father_names_the_father_not_the_son():
    # the father Sabawi Ibrahim Hasan, and his son Yasir Sabawi Ibrahim Hasan: "Sabawi
    # Ibrahim" pairs both names fully, but in the son's it skips his own given name
    m = matcher(
        Record("per:a-son", "PER", None, "ياسر سبعاوي إبراهيم حسن"),
        Record("per:b-father", "PER", None, "سبعاوي إبراهيم حسن التكريتي"),
    )
    parts = [part_guesses([("سبعاوي", -0.1)]), part_guesses([("ابراهيم", -0.1)])]
    found = m.match(parts)
    # without the cost both score alike (two of four words left over) and the son's id,
    # first in order, would win the tie
    assert ids(m, found) == ["per:b-father", "per:a-son"]
    assert found[1].score < found[0].score


def test_a_rotated_query_is_not_read_as_the_father():
    # surname first without a comma (Zawahiri Ayman): the given name pairs, no father's cost
    m = matcher(Record("per:a", "PER", None, "أيمن محمد الظواهري"))
    parts = [part_guesses([("الظواهري", -0.1)]), part_guesses([("ايمن", -0.1)])]
    (found,) = m.match(parts)
    from normx.mt.arabic_match import _father_first

    assert not _father_first(found.pairs, name_words("أيمن محمد الظواهري"), 2)


def test_a_part_with_the_article_is_no_given_name():
    # al-Ali names a family (العلي), not the given name of علي حميدو; without the cost the
    # reversed two-word name, fully explained, outscores the longer right one
    m = matcher(
        Record("per:a-hamidu", "PER", None, "علي حميدو"),
        Record("per:b-ali", "PER", None, "حامد عبد الله أحمد العلي"),
    )
    parts = [part_guesses([("حميد", -0.3), ("حامد", -0.6)]), part_guesses([("العلي", -0.1)])]
    assert parts[1].article and not parts[0].article
    by_id = {m.records[f.entity].id: f.score for f in m.match(parts)}
    plain = [part_guesses([("حميد", -0.3), ("حامد", -0.6)]), part_guesses([("علي", -0.1)])]
    by_id_plain = {m.records[f.entity].id: f.score for f in m.match(plain)}
    assert by_id["per:a-hamidu"] == pytest.approx(0.9 * by_id_plain["per:a-hamidu"], abs=1e-4)
    assert by_id["per:b-ali"] == pytest.approx(by_id_plain["per:b-ali"], abs=1e-4)


def test_a_given_name_written_with_the_article_takes_no_cost():
    # Libyan given names may carry the article in Arabic too (المهدي البرغثي)
    m = matcher(Record("per:a", "PER", None, "المهدي البرغثي"))
    with_article = [part_guesses([("المهدي", -0.1)]), part_guesses([("البرغثي", -0.1)])]
    (found,) = m.match(with_article)
    assert found.score > 0.95


def test_allah_keeps_its_al_so_abdullah_pairs_both_words():
    assert name_words("عبد الله") == ["عبد", "اله"]
    m = matcher(Record("per:a", "PER", None, "رمزي محمد عبد الله"))
    parts = [part_guesses([("رمزي", -0.1)]), part_guesses([("عبدالله", -0.1)])]
    (found,) = m.match(parts)
    assert found.name_coverage == pytest.approx(3 / 4)  # عبد and الله paired with Abdullah
