"""A lone word the text spells as a word of gazetteer names is not decided for a place that
only resembles it a little more closely: the two are weighed as tied, and a designator
decides ("Jufra": Jufra District, not الجعافرة nor Jafara)."""

from normx.match.candidate import Candidate
from normx.resolve.decision import spelled_rivals


def _cand(rid: str, score: float, method: str, name_word: str, sim: float) -> Candidate:
    pairs = [{"query": "jufra", "name": name_word, "sim": sim, "how": "key"}]
    return Candidate(rid, rid, "LOC", score, rid, method, {"pairs": pairs})


LOOKALIKE = _cand("loc:jaafirah", 0.83, "cross-script", "j'afra", 0.855)
DISTRICT = _cand("loc:jufra-district", 0.78, "phonetic", "jufra", 1.0)
FAR_BELOW = _cand("loc:jufra-base", 0.70, "phonetic", "jufra", 1.0)


def test_a_rival_that_spells_the_word_is_tied_with_a_cross_script_lookalike():
    assert spelled_rivals(LOOKALIKE, [DISTRICT, FAR_BELOW]) == (DISTRICT,)


def test_a_close_lookalike_by_sound_is_tied_too():
    by_sound = _cand("loc:jafara", 0.856, "phonetic", "jafara", 0.877)
    assert spelled_rivals(by_sound, [DISTRICT]) == (DISTRICT,)


def test_a_much_closer_lookalike_or_a_spelled_best_keeps_its_lead():
    closer = _cand("loc:es-sider", 0.894, "phonetic", "sider", 0.91)
    assert spelled_rivals(closer, [DISTRICT]) == ()
    assert spelled_rivals(DISTRICT, [LOOKALIKE]) == ()


def test_in_a_document_the_designated_place_wins():
    from normx.api import Normalizer
    from normx.gazetteer.schema import Record

    records = [
        Record("loc:jufra-district", "LOC", "Jufra District", "شعبية الجفرة"),
        Record("loc:al-jufra-air-base", "LOC", "Al Jufra Air Base", "قاعدة الجفرة الجوية"),
    ]
    nz = Normalizer.from_records(records)
    found = [(m.text, m.id) for m in nz.canonicalize("The forces entered Jufra.").mentions]
    assert found == [("Jufra", "loc:jufra-district")]
