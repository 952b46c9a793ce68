"""Across scripts a right pair of name parts sits at 0.8-0.88 (Arabic writes no short vowels:
Haftar / حفتر 0.84, Muammar / معمر 0.82), so the ends of a short form of a longer Latin query
count as paired closely from :data:`normx.match.score.CHAIN_END_CROSS` = 0.80 on: "Nuri Umar
Khalid Haftar" against نوري حفتر forgives the inner parts as the same name in Latin would."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import CHAIN_END_CROSS, score_tokens
from normx.text.normalize import analyse_name, core_tokens


def _score(query: str, name: str):
    q, n = core_tokens(analyse_name(query)), core_tokens(analyse_name(name))
    return score_tokens(q, n, cross_script=True, person=True)


def test_an_end_pair_below_085_still_makes_a_short_form():
    found = _score("Nuri Umar Khalid Haftar", "نوري حفتر")
    last = [p for p in found.pairs if p.qi == 3]
    assert last and CHAIN_END_CROSS <= last[0].sim < 0.85
    # the same query against a name that meets it at its ends with a part of its own: no
    # short form, the usual discount
    other = _score("Nuri Umar Khalid Haftar", "نوري سالم حفتر")
    assert found.precision > other.precision


def test_the_short_form_wins_over_a_name_that_shares_an_inner_part():
    records = [
        Record("per:nuri-haftar", "PER", "نوري حفتر"),
        Record("per:umar-khalid", "PER", "عمر خالد الحداد"),
    ]
    nz = Normalizer.from_records(records)
    (cand, *_) = nz.match("Nuri Umar Khalid Haftar", min_score=0.0)
    assert cand.id == "per:nuri-haftar"
