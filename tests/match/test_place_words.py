"""Place words and the words they open: أم is Umm, Mintaqat (منطقة, district) is a generic
place word, and a name opening with one has its own name after it (no given-name penalty)."""

from __future__ import annotations

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import NO_MATCH_THRESHOLD
from normx.text.generic import is_generic
from normx.text.normalize import analyse_name


def test_umm_written_with_its_alef_alone_pairs_with_umm():
    (umm, *_rest) = analyse_name("أم الصفا")
    assert "'m" in {a for a, _ in umm.alts}
    records = [Record("loc:safa", "LOC", None, "أم الصفا")]
    best = Normalizer.from_records(records).match("Umm as Safa", top=1)
    assert [c.id for c in best] == ["loc:safa"]
    assert best[0].score >= NO_MATCH_THRESHOLD


def test_mintaqat_is_a_generic_place_word():
    assert is_generic("mintaqat")
    assert is_generic("mntqa")  # منطقة romanised
    records = [Record("loc:hashshan", "LOC", "Al Hashshan", None)]
    best = Normalizer.from_records(records).match("Mintaqat al Hashshan", top=1)
    assert [c.id for c in best] == ["loc:hashshan"]
    assert best[0].score >= NO_MATCH_THRESHOLD


def test_a_leading_place_word_is_no_given_name():
    records = [Record("loc:tobruk", "LOC", None, "مدينة طبرق")]
    (found,) = Normalizer.from_records(records).match(
        "Tobruk City", top=1, min_score=0.0, explain=True
    )
    assert "given name not first" not in found.explain["penalties"]
