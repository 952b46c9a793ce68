"""A two-word name matched fuzzily stays one mention, not two place names carved out of it."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record(
        "per:aguila-saleh-issa", "PER", "Aguila Saleh Issa", "عقيلة صالح عيسى", ("Aqilah Saleh",)
    ),
    Record("loc:al-uqaylah", "LOC", "Al Uqaylah", "العقيلة", ("Aguila",)),
    Record("loc:saleh", "LOC", "Saleh", "صالح"),
    Record("loc:benghazi", "LOC", "Benghazi", "بنغازي"),
]


def test_fuzzy_whole_name_beats_exact_single_word_pieces():
    text = "The speaker Aguila Salah met officials in Benghazi."
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    linked = [(m.text, m.id) for m in doc.mentions if m.id]
    assert ("Aguila Salah", "per:aguila-saleh-issa") in linked
    assert all(i not in ("loc:al-uqaylah", "loc:saleh") for _, i in linked)


def test_a_lone_place_word_still_links():
    doc = Normalizer.from_records(RECORDS).canonicalize("Fighting near Aguila on Monday.")
    assert [(m.text, m.id) for m in doc.mentions if m.id] == [("Aguila", "loc:al-uqaylah")]
