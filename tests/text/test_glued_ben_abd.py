"""A glued "Ben" before a glued Abd compound (Benabdelkader, Benabderrazak: بن عبد القادر,
بن عبد الرزاق) reads the rest as the compound too, so the spellings of the assimilated article
(-el-, -er-) no longer keep two spellings of one name apart (normx.text.normalize)."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import analyse_name


def _readings(name: str) -> set[str]:
    (tok,) = analyse_name(name)
    return {tok.form, *(alt for alt, _ in tok.alts)}


def test_the_compound_is_among_the_readings():
    assert "abd-razak" in _readings("Benabdelrazak")
    assert "abd-razak" in _readings("Benabderrazak")


def test_ben_before_a_consonant_is_no_particle():
    assert _readings("Benjamin") == {"benjamin"}


def test_two_spellings_of_the_article_match():
    nz = Normalizer.from_records([Record("per:salim-benabderrazak", "PER", "Salim Benabderrazak")])
    (cand, *_) = nz.match("Salim Benabdelrazak")
    assert cand.id == "per:salim-benabderrazak"
