"""A surname alone after the full name is that person, not a look-alike place."""

from normx.api import Normalizer
from normx.gazetteer.schema import Record

RECORDS = [
    Record("per:hulusi-akar", "PER", "Hulusi Akar", "خلوصي أكار"),
    Record("loc:aqar", "LOC", "Aqar", "عقار"),  # a village whose name sounds like the surname
]


def test_every_bare_surname_goes_to_the_person_named_in_full():
    text = (
        "Turkish Defense Minister Hulusi Akar arrived in Tripoli. "
        "Akar met officials. Later, Akar visited the troops, and Akar left."
    )
    doc = Normalizer.from_records(RECORDS).canonicalize(text)
    bare = [m for m in doc.mentions if m.text == "Akar"]
    assert len(bare) == 3
    assert all(m.id == "per:hulusi-akar" and m.method == "coref" for m in bare)


def test_without_the_full_name_the_word_is_left_to_the_matcher():
    doc = Normalizer.from_records(RECORDS).canonicalize("Officials met in Aqar on Monday.")
    assert [m.id for m in doc.mentions if m.text == "Aqar"] == ["loc:aqar"]


def test_a_surname_spelled_otherwise_still_outranks_a_loose_place_match():
    records = [
        Record("per:kais-saied", "PER", "Kais Saied", "قيس سعيد"),
        Record("loc:sayyad", "LOC", "Sayyad", "صياد"),
    ]
    text = "Tunisian President Kais Saied arrived. Saeid met the delegation."
    doc = Normalizer.from_records(records).canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "Saeid"] == ["per:kais-saied"]


def test_a_place_spelled_closer_than_the_surname_keeps_its_match():
    # Tarablus is Tripoli's Arabic name (طرابلس) more than it is Trabelsi
    records = [
        Record("loc:tripoli", "LOC", "Tripoli", "طرابلس"),
        Record("per:imad-trabelsi", "PER", "Imad Trabelsi", "عماد الطرابلسي"),
    ]
    text = "Interior Minister Imad Trabelsi spoke. Clashes hit Tarablus on Monday."
    doc = Normalizer.from_records(records).canonicalize(text)
    assert [m.id for m in doc.mentions if m.text == "Tarablus"] == ["loc:tripoli"]
