"""error_kinds: each wrong answer gets one kind, read off normx's alignment."""

from benchmarks.eval.error_kinds import EntityScorer, kind_of
from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.matcher import _Query

RECORDS = [
    Record("per:gold", "PER", "Khalil Ibrahim Mohamed Achar Taha", None),
    Record("per:namesake", "PER", "Ibrahim Mohamed Khalil", None),
    Record("per:fuad", "PER", "Fuad Mohamed Khalaf", None),
    Record("per:other", "PER", "Fouad Shangali Hamdi", None),
    Record("per:masli", "PER", "Abd al-Hamid al-Masli", None),
]


def _kind(scorer: EntityScorer, query: str, gold: str, pred: str) -> str:
    q = _Query(query)
    return kind_of(q, scorer.best(q, gold), scorer.best(q, pred))


def test_kinds():
    scorer = EntityScorer(Normalizer.from_records(RECORDS).index)
    # a bare surname
    assert _kind(scorer, "Khalil", "per:gold", "per:namesake") == "A"
    # no part of the alias spells the gazetteer's name
    assert _kind(scorer, "Hamza al-Darnawi", "per:masli", "per:other") == "B"
    # the alias adds a family name the gazetteer lacks, a namesake has something like it
    assert _kind(scorer, "Fuad Shongale", "per:fuad", "per:other") == "C"
    # every part in the gold's name, a shorter namesake (reordered) wins on name coverage
    assert _kind(scorer, "Khalil Ibrahim Mohamed", "per:gold", "per:namesake") == "F1"
    # the gold scoring at least as much: the ranker, not the scorer, lost it
    assert _kind(scorer, "Khalil Ibrahim Mohamed Achar Taha", "per:gold", "per:namesake") == "G"
