"""A nisba is another word: the city "Tarabulus" is not the person "Emad Al-Tarabulsi"."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record
from normx.resolve.nisba import nisba_apart

TRIPOLI = Record("loc:tripoli", "LOC", "Tripoli", "طرابلس", aliases_en=("Ṭarābulus",))
TRABELSI = Record("per:imad-trabelsi", "PER", "Imad Trabelsi", "عماد الطرابلسي")


def test_a_final_nisba_sets_two_words_apart():
    assert nisba_apart("tarabulus", "tarabulsi")
    assert nisba_apart("misrati", "misrata")
    assert not nisba_apart("koni", "kouni")
    assert not nisba_apart("serraj", "sarraj")


def test_the_city_in_a_dateline_is_not_the_person_of_its_nisba():
    text = (
        "Tarabulus - The crossing remained closed on Wednesday.\n\n"
        "The minister, Emad Al-Tarabulsi, said the crossing would reopen."
    )
    doc = Normalizer.from_records([TRIPOLI, TRABELSI]).canonicalize(text)
    ids = {m.text: m.id for m in doc.mentions}
    assert ids["Tarabulus"] == "loc:tripoli"
    assert ids["Emad Al-Tarabulsi"] == "per:imad-trabelsi"


def test_a_phonetic_city_is_not_the_person_of_its_nisba():
    text = (
        "The minister Emad Al-Tarabulsi spoke on Monday. "
        "The head of the council received on Wednesday in Tarablus a delegation of the town."
    )
    doc = Normalizer.from_records([TRIPOLI, TRABELSI]).canonicalize(text)
    ids = {m.text: m.id for m in doc.mentions}
    assert ids["Tarablus"] == "loc:tripoli"
