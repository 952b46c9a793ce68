"""A glued Abd compound whose name opens with l (Abd al-Latif, Abd Allah) is often written with
the two l's of the article and the name once (Abdelatif, Abdulatif, Abdoulatif; Abdulahi,
Abdoulaye): the rest after Abdel-/Abdul-/Abdoul- is read with its l again, for the names
``l_names`` of particles.yaml lists only (normx.text.normalize)."""

import pytest

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.text.normalize import analyse_name


def _form(name: str) -> str:
    (tok,) = analyse_name(name)
    return tok.form


@pytest.mark.parametrize("spelling", ["Abdelatif", "Abdulatif", "Abdoulatif", "Abdalatif"])
def test_one_l_reads_as_latif(spelling: str):
    assert _form(spelling) == "abd-latif"
    assert _form(spelling) == _form("Abdellatif") == _form("Abd al-Latif")


@pytest.mark.parametrize("spelling", ["Abdulahi", "Abdoulahi"])
def test_one_l_reads_as_allah(spelling: str):
    assert _form(spelling) == "abd-lahi" == _form("Abdullahi")


def test_abdoulaye_keeps_its_l():
    assert _form("Abdoulaye") == "abd-laye"


@pytest.mark.parametrize(
    ("spelling", "form"),
    [
        ("Abdallah", "abd-lah"),  # the l is written: nothing added
        ("Abdellatif", "abd-latif"),
        ("Abdelaziz", "abd-aziz"),  # a name that opens with a vowel stays as written
        ("Abdelali", "abd-ali"),  # Abd al-Aali
        ("Abdelilah", "abd-ilah"),  # Abd al-Ilah
        ("Abdulati", "abd-ati"),  # Abd al-Ati
    ],
)
def test_other_rests_are_read_as_written(spelling: str, form: str):
    assert _form(spelling) == form


def test_arabic_and_one_l_spelling_match():
    nz = Normalizer.from_records(
        [
            Record("per:latif-zawi", "PER", name_ar="عبد اللطيف الزاوي"),
            Record("per:ati-zawi", "PER", name_ar="عبد العاطي الزاوي"),
        ]
    )
    (cand, *_) = nz.match("Abdelatif al-Zawi")
    assert cand.id == "per:latif-zawi"


def test_latin_one_l_spelling_matches_two_l_name():
    nz = Normalizer.from_records(
        [
            Record("per:abdellatif-krim", "PER", "Abdellatif Omar Krim"),
            Record("per:abdelaziz-krim", "PER", "Abdelaziz Omar Krim"),
        ]
    )
    (cand, *_) = nz.match("Abdoulatif Omar Krim")
    assert cand.id == "per:abdellatif-krim"
