"""Bin glued to a name that keeps its article glued too (Binalshibh = Bin al-Shibh, بن الشيبة):
the name after both is an alternative reading (``bin.glued_before_article`` in particles.yaml),
with the guards of the glued Arabic بن: the word as written stays, short rests stay whole."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import analyse_name


def _readings(name: str) -> set[str]:
    (tok,) = analyse_name(name)
    return {tok.form, *(alt for alt, _ in tok.alts)}


def test_the_name_after_bin_and_the_article_is_a_reading():
    assert "shibh" in _readings("Binalshibh")
    assert "shib" in _readings("Binalshib")
    assert "khattab" in _readings("Ibnalkhattab")


def test_the_word_as_written_stays():
    assert "binalshibh" in _readings("Binalshibh")


def test_short_rests_stay_whole():
    assert _readings("Binali") == {"binali"}  # Binali: nothing after the article
    assert _readings("Binalla") == {"binalla"}  # three letters after it
    assert _readings("Bina") == {"bina"}


def test_latin_binalshib_finds_the_arabic_record():
    records = [
        Record("per:ramzi-binalshibh", "PER", None, "رمزي محمد عبد الله بن الشيبة"),
        Record("per:ayad-ramzi", "PER", None, "عياد رمزي"),
        Record("per:ramzi-shibl", "PER", None, "رمزي البنا"),
    ]
    nz = Normalizer.from_records(records)
    for query in ("Ramzi Binalshib", "Binalshibh Ramsi Mohamed Abdullah"):
        (cand, *_) = nz.match(query, min_score=0.0)
        assert cand.id == "per:ramzi-binalshibh", query
