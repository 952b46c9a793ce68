"""A one-word query whose word the gazetteer writes does not go to a loose reading of another."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.match.score import ATTESTED_GUESS_BELOW, ATTESTED_GUESS_CAP, NO_MATCH_THRESHOLD

JUFRA = Record("loc:jufra-district", "LOC", "Jufra District", "شعبية الجفرة")
JAAFIRAH = Record("loc:al-jaafirah", "LOC", "Al Ja`afirah", "الجعافرة")
JAAFIRAH_AR = Record("loc:jaafirah-ar", "LOC", None, "الجعافرة")


def _ids(nz: Normalizer, query: str) -> list[tuple[str, float]]:
    return [(c.id, c.score) for c in nz.match(query, top=5, min_score=0.0, explain=True)]


def test_the_exact_word_in_a_longer_name_beats_a_loose_one_word_reading():
    # 'Jufra' reads as الجعافرة across scripts (~0.83) and as Al Ja`afirah by key (~0.81);
    # both are guesses at another word, while Jufra District writes the word itself
    nz = Normalizer.from_records([JUFRA, JAAFIRAH, JAAFIRAH_AR])
    for query in ("Jufra", "Al-Jufra"):
        ranked = _ids(nz, query)
        assert ranked[0][0] == "loc:jufra-district", ranked
        assert all(score <= ATTESTED_GUESS_CAP for cid, score in ranked[1:])


def test_the_loose_reading_is_kept_when_no_name_writes_the_word():
    nz = Normalizer.from_records([JAAFIRAH, JAAFIRAH_AR])
    ranked = _ids(nz, "Jufra")
    assert ranked[0][1] > ATTESTED_GUESS_CAP  # unchanged: no attested word to prefer
    assert ranked[0][1] >= NO_MATCH_THRESHOLD


def test_the_capped_reading_says_why():
    nz = Normalizer.from_records([JUFRA, JAAFIRAH_AR])
    found = nz.match("Jufra", top=5, min_score=0.0, explain=True)
    guess = next(c for c in found if c.id == "loc:jaafirah-ar")
    assert guess.score == ATTESTED_GUESS_CAP
    assert "attested word read loosely" in guess.explain["penalties"]


def test_a_close_spelling_variant_still_beats_the_longer_name():
    # Sidra / Es Sider is a spelling of the same word (above ATTESTED_GUESS_BELOW): the town,
    # not the gulf that writes 'Sidra'
    nz = Normalizer.from_records(
        [
            Record("loc:es-sider", "LOC", "Es Sider", "السدرة"),
            Record("loc:gulf-of-sidra", "LOC", "Gulf of Sidra", "خليج سرت"),
        ]
    )
    ranked = _ids(nz, "Sidra")
    assert ranked[0][0] == "loc:es-sider"
    assert ranked[0][1] >= ATTESTED_GUESS_BELOW


def test_an_arabic_query_is_not_capped():
    nz = Normalizer.from_records([JUFRA, JAAFIRAH_AR])
    ranked = _ids(nz, "الجعافرة")
    assert ranked[0] == ("loc:jaafirah-ar", 1.0)
