"""A lone word the text spells as a word of a place's name is not tied with a place that only
shares its consonants across scripts ("Elysée": the Élysée Palace, not ابوعيسى); a Latin
look-alike a letter away still is (normx.resolve.decision.unspelled_rivals_dropped)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.candidate import Candidate
from normx.resolve.decision import unspelled_rivals_dropped


def _cand(rid: str, score: float, method: str, name_word: str, sim: float) -> Candidate:
    pairs = [{"query": "elysee", "name": name_word, "sim": sim, "how": "key"}]
    return Candidate(rid, rid, "LOC", score, rid, method, {"pairs": pairs})


SPELLED = _cand("loc:elysee-palace", 0.78, "phonetic", "elysee", 1.0)
ACROSS = _cand("loc:abu-issa", 0.759, "cross-script", "abu'isa", 0.792)
LATIN = _cand("loc:elysia", 0.77, "fuzzy", "elysia", 0.8)


def test_a_cross_script_lookalike_is_no_rival_of_a_spelled_word():
    assert unspelled_rivals_dropped(SPELLED, (ACROSS, LATIN)) == (LATIN,)


def test_a_best_that_only_resembles_keeps_its_rivals():
    assert unspelled_rivals_dropped(LATIN, (ACROSS,)) == (ACROSS,)


def test_in_a_document_the_spelled_place_links():
    records = [
        Record("loc:elysee-palace", "LOC", "Élysée Palace", "قصر الإليزيه"),
        Record("loc:abu-issa", "LOC", None, "ابوعيسى"),
    ]
    text = "The meeting, prepared by the diplomatic adviser of the Elysée, was held on Tuesday."
    doc = Normalizer.from_records(records).canonicalize(text)
    assert ("Elysée", "loc:elysee-palace") in [(m.text, m.id) for m in doc.mentions]
