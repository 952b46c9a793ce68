"""Arabic spelling joins بن to a Maghrebi family name as the French does (بنحسين = Ben
Hassine, بنعلي = Benali): the split reading is an alternative, so a Latin "Ben Hassine" finds
the Arabic record (normx.text.normalize, ``bin.arabic_glued`` in particles.yaml)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import analyse_name


def _readings(name: str) -> set[str]:
    (tok,) = analyse_name(name)
    return {tok.form, *(alt for alt, _ in tok.alts)}


def test_the_name_after_ben_is_a_reading():
    assert "hsin" in _readings("بنحسين")
    assert "'li" in _readings("بنعلي")


def test_the_word_as_written_stays():
    assert "bnhsin" in _readings("بنحسين")


def test_short_rests_and_long_vowels_stay_whole():
    assert _readings("بندر") == {"bndr"}  # Bandar: two letters after بن
    assert _readings("بنووزير") == {"bnuuzir"}  # بنو, Banu: the tribe, not Ben
    assert _readings("بناني") == {"bnani"}  # Bennani


def test_latin_ben_finds_the_glued_arabic_name():
    records = [
        Record("per:tahar-benhassine", "PER", "الطاهر بن علي بنحسين"),
        Record("per:tahar-souani", "PER", "الطاهر حسن السواني"),
    ]
    nz = Normalizer.from_records(records)
    (cand, *_) = nz.match("Tahar Ben Hassine", min_score=0.0)
    assert cand.id == "per:tahar-benhassine"
